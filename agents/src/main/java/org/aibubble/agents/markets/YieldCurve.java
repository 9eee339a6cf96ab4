package org.aibubble.agents.markets;

/**
 * How the 10-year yield forms: the average of the expected policy path over ten years plus a term
 * premium; the expected path returns to neutral at {@code markets.pathReversion} a year, and the term
 * premium is its start value plus any scenario shock less {@code fed.qeTermPremiumPerTrillion} per USD
 * trillion of QE holdings. The average Treasury coupon follows the yield over
 * {@link #COUPON_ADJUSTMENT_MONTHS}.
 */
public final class YieldCurve {
    /** Maturity of the benchmark yield, years. */
    public static final double HORIZON_YEARS = 10;
    /** Months over which the average Treasury coupon catches up with the 10-year yield (average duration). */
    public static final double COUPON_ADJUSTMENT_MONTHS = 72;

    private YieldCurve() {
    }

    /**
     * @param policy    the policy rate
     * @param neutral   the neutral nominal rate
     * @param reversion yearly speed at which the expected path returns to neutral (0: no return)
     * @return the average expected policy rate over {@link #HORIZON_YEARS}
     */
    public static double expectedPath(double policy, double neutral, double reversion) {
        double pathFactor = reversion <= 0 ? 1
                : (1 - Math.exp(-reversion * HORIZON_YEARS)) / (reversion * HORIZON_YEARS);
        return neutral + (policy - neutral) * pathFactor;
    }

    /**
     * @param termPremium0 term premium at the start
     * @param shock        scenario shock to the term premium now
     * @param perTrillion  fall per USD trillion of QE holdings
     * @param qeHoldings   QE holdings, USD bn
     * @return the term premium
     */
    public static double termPremium(double termPremium0, double shock, double perTrillion, double qeHoldings) {
        double qeTrillions = qeHoldings / 1000.0;
        return termPremium0 + shock - perTrillion * qeTrillions;
    }

    /** @return the 10-year yield: the expected path plus the term premium, never below zero */
    public static double yield(double expectedPath, double termPremium) {
        return Math.max(0.0, expectedPath + termPremium);
    }

    /** @return the average coupon after one month of catching up with {@code yield} */
    public static double nextCoupon(double coupon, double yield) {
        return coupon + (yield - coupon) / COUPON_ADJUSTMENT_MONTHS;
    }
}
