package org.aibubble.agents.firms.rules;

/**
 * The funding order of a hyperscaler (docs/MODEL.md, "funding"): operating cash first, then bonds up to
 * its leverage limit, then private credit for the rest. Capex is bounded by what it can fund.
 */
public final class FundingOrder {
    private FundingOrder() {
    }

    /**
     * @param bondMarketOpen  false when the bond market is shut (the Fed's severe tier without its backstop) or the firm has defaulted
     * @param maxLeverage     debt / annual EBITDA above which the bond market is closed to it
     * @param monthlyEbitda   smoothed EBITDA, USD bn per month
     * @param debt            bonds plus private credit, USD bn
     * @return bonds it can still issue, USD bn
     */
    public static double bondCapacity(boolean bondMarketOpen, double maxLeverage, double monthlyEbitda, double debt) {
        if (!bondMarketOpen) {
            return 0;
        }
        return Math.max(0, maxLeverage * 12 * monthlyEbitda - debt);
    }

    /**
     * @param deposits            its deposits, USD bn
     * @param desiredCashBuffer   the cash buffer for the desired capex, USD bn
     * @param bufferDrawShare     share of that buffer it will draw on ({@code capex.bufferDrawShare})
     * @param bondCapacity        bonds it can still issue, USD bn
     * @param privateCreditShare  its share of what private credit could lend, USD bn
     * @return capex it can fund this month, USD bn
     */
    public static double fundable(double deposits, double desiredCashBuffer, double bufferDrawShare,
            double bondCapacity, double privateCreditShare) {
        return Math.max(0, deposits - desiredCashBuffer * bufferDrawShare) + bondCapacity + privateCreditShare;
    }

    /**
     * Splits what is missing from the cash buffer after capex into bonds and private credit.
     *
     * @param cashBuffer   the cash buffer for the chosen capex, USD bn
     * @param deposits     deposits after capex, USD bn
     * @param bondCapacity bonds it can still issue, USD bn
     * @return the bonds to issue and the private credit to ask for
     */
    public static Funding plan(double cashBuffer, double deposits, double bondCapacity) {
        double need = cashBuffer - deposits;
        if (need <= 0) {
            return new Funding(0, 0);
        }
        double bonds = Math.min(need, bondCapacity);
        if (bonds > 0) {
            need -= bonds;
        } else {
            bonds = 0;
        }
        return new Funding(bonds, need > 0 ? need : 0);
    }

    /**
     * @param bonds         bonds to issue, USD bn
     * @param privateCredit private credit to ask the funds for, USD bn
     */
    public record Funding(double bonds, double privateCredit) {
    }
}
