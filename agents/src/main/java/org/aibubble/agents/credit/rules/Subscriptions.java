package org.aibubble.agents.credit.rules;

import org.aibubble.agents.config.FundBehaviour;

/**
 * New money from top-group investors at a quarter end: {@code subscriptionRate} of NAV in calm
 * markets, scaled by an appetite that falls linearly with the AI drawdown to zero at
 * {@code subscriptionStopDrawdown} and with the share of funds gated; at most
 * {@code subscriptionDepositCap} of the investors' deposits, and nothing into a gated fund.
 */
public final class Subscriptions {
    private Subscriptions() {
    }

    /**
     * @param behaviour         the funds' shared behaviour
     * @param gated             whether the fund is gated
     * @param nav               the fund's NAV, USD bn
     * @param aiDrawdown        the AI index's drawdown (share)
     * @param fundsGatedShare   share of funds gated (0-1)
     * @param investorDeposits  the investors' deposits, USD bn
     * @return new subscriptions, USD bn ({@code <= 0} means none)
     */
    public static double amount(FundBehaviour behaviour, boolean gated, double nav, double aiDrawdown,
            double fundsGatedShare, double investorDeposits) {
        if (gated) {
            return 0;
        }
        double appetite = Math.max(0, 1 - aiDrawdown / behaviour.subscriptionStopDrawdown()) * (1 - fundsGatedShare);
        return Math.min(behaviour.subscriptionRate() * appetite * nav,
                Math.max(0, behaviour.subscriptionDepositCap() * investorDeposits));
    }
}
