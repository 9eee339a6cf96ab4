package org.aibubble.agents.households.rules;

/**
 * The rate channel of consumption: when the real policy rate (the policy rate less expected inflation) is above
 * its neutral level {@code neutralRealRate}, saving pays more and credit costs more, so each group spends less out
 * of income, by {@code rateSensitivity} per unit of the gap; below neutral it spends more. Households respond to
 * the gap smoothed over {@code rateResponseMonths} months (the response builds over quarters), and the factor is
 * bounded by {@link #MAX_EFFECT} either way. Rates are shares (0.01 = one point).
 */
public final class RateChannel {
    /** The rate channel moves spending out of income by at most 15% either way. */
    public static final double MAX_EFFECT = 0.15;

    private RateChannel() {
    }

    /**
     * @param policyRate        the policy rate, per year
     * @param expectedInflation yearly inflation firms and households expect
     * @param neutralRealRate   the real policy rate that neither slows nor stimulates
     * @return the real-rate gap, per year (positive: policy is tight)
     */
    public static double gap(double policyRate, double expectedInflation, double neutralRealRate) {
        return policyRate - expectedInflation - neutralRealRate;
    }

    /**
     * @param smoothed       the gap households respond to, before this month
     * @param gap            this month's gap ({@link #gap})
     * @param responseMonths {@code rateResponseMonths}, the months over which the response builds
     * @return the gap households respond to after this month
     */
    public static double smooth(double smoothed, double gap, double responseMonths) {
        return smoothed + (gap - smoothed) / responseMonths;
    }

    /**
     * @param rateSensitivity the group's cut of spending per unit of the gap
     * @param smoothedGap     the gap households respond to ({@link #smooth})
     * @return the factor on spending out of income, {@code 1 - rateSensitivity * gap} within
     *         {@code 1 +- MAX_EFFECT}
     */
    public static double factor(double rateSensitivity, double smoothedGap) {
        double f = 1 - rateSensitivity * smoothedGap;
        return Math.max(1 - MAX_EFFECT, Math.min(1 + MAX_EFFECT, f));
    }
}
