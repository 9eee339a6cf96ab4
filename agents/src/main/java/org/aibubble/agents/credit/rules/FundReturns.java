package org.aibubble.agents.credit.rules;

import org.aibubble.agents.config.FundBehaviour;

/**
 * A fund's monthly distribution and return: it pays {@code distributionShare} of the month's interest
 * income to unit holders; the month's return is the change in NAV plus what was distributed and paid
 * out in redemptions, less new subscriptions, over last month's NAV.
 */
public final class FundReturns {
    private FundReturns() {
    }

    /**
     * @param behaviour the funds' shared behaviour
     * @param interest  the month's interest income, USD bn
     * @return the distribution, USD bn
     */
    public static double distribution(FundBehaviour behaviour, double interest) {
        return behaviour.distributionShare() * interest;
    }

    /**
     * @param lastNav     NAV at the end of last month, USD bn
     * @param nav         NAV now, USD bn
     * @param distributed this month's distribution, USD bn
     * @param redeemed    redemptions paid this month, USD bn
     * @param subscribed  subscriptions taken this month, USD bn
     * @return the month's return (share), 0 when last month's NAV was not positive
     */
    public static double monthly(double lastNav, double nav, double distributed, double redeemed, double subscribed) {
        return lastNav > 0 ? (nav - lastNav + distributed + redeemed - subscribed) / lastNav : 0;
    }
}
