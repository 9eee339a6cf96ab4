package org.aibubble.agents.households.rules;

/**
 * The wealth effect's weights. A household spends {@code wealthSpending / 12} of its positive smoothed wealth a
 * month (the level term, in {@link ConsumptionRule}) plus a fading effect of each month's change of smoothed
 * wealth. A change moves the fading effect by {@code change * gainWeight} for a gain and {@code change * lossWeight}
 * for a loss, so that on impact a dollar lost moves spending {@code lossAversion} times as much as a dollar gained,
 * level term included:
 * {@code wealthSpending/12 + lossWeight = lossAversion * (wealthSpending/12 + gainWeight)}. The excess of a loss
 * fades with the rest of the effect over {@code wealthReferenceMonths}, as households get used to their wealth.
 * Rates are yearly shares of wealth (0.04 = 4 cents a year per dollar).
 */
public final class WealthEffect {
    private static final double MONTHS_PER_YEAR = 12;

    private WealthEffect() {
    }

    /**
     * @param wealthEffect the group's yearly spending per dollar of change of wealth, beyond the level term
     * @return the monthly weight of a gain in the fading effect: {@code wealthEffect / 12}
     */
    public static double gainWeight(double wealthEffect) {
        return wealthEffect / MONTHS_PER_YEAR;
    }

    /**
     * @param wealthEffect   the group's yearly spending per dollar of change of wealth, beyond the level term
     * @param wealthSpending the group's yearly spending out of the level of positive wealth
     * @param lossAversion   how many times a dollar lost moves spending as much as a dollar gained, on impact
     * @return the monthly weight of a loss in the fading effect:
     *         {@code (lossAversion * (wealthSpending + wealthEffect) - wealthSpending) / 12}
     */
    public static double lossWeight(double wealthEffect, double wealthSpending, double lossAversion) {
        return (lossAversion * (wealthSpending + wealthEffect) - wealthSpending) / MONTHS_PER_YEAR;
    }
}
