package org.aibubble.agents.households.rules;

/**
 * Spending out of income: the floor under a household's spending, the calibration of each group's propensity to
 * consume so that consumption starts where the config says, the smoothing of capital income before it is spent,
 * and the share of a group's spending that goes to AI. Money in USD bn per month unless said otherwise.
 */
public final class ConsumptionRule {
    /** Spending never falls under this share of labour income plus transfers (a subsistence floor). */
    public static final double SPENDING_FLOOR = 0.3;
    /** Share of a group's starting consumption that at least comes out of income (if wealth spending is large). */
    public static final double MIN_OUT_OF_INCOME = 0.5;
    /** Months over which households average capital income before spending out of it (permanent income). */
    public static final double CAPITAL_INCOME_SMOOTHING_MONTHS = 6;
    /** Guard against a division by a zero income or consumption, USD bn. */
    private static final double TINY = 1e-9;

    private ConsumptionRule() {
    }

    /**
     * The propensity to consume out of disposable income at which a group's starting consumption, with
     * {@code wealthSpending} of its net wealth a year, is its target.
     *
     * @param target         the group's share of starting consumption, USD bn per month
     * @param wealthSpending the group's spending out of positive wealth, per USD per year
     * @param wealthBn       the group's net wealth, USD bn
     * @param disposableBn   the group's disposable income, USD bn per month
     * @return spending per USD of disposable income
     */
    public static double propensity(double target, double wealthSpending, double wealthBn, double disposableBn) {
        double outOfWealth = wealthSpending / 12 * Math.max(0, wealthBn);
        double outOfIncome = Math.max(MIN_OUT_OF_INCOME * target, target - outOfWealth);
        return outOfIncome / Math.max(disposableBn, TINY);
    }

    /**
     * @param smoothed the capital income households spend out of so far, USD bn per month
     * @param received the capital income of the month just settled, USD bn
     * @return the new smoothed capital income: exponential smoothing over
     *         {@link #CAPITAL_INCOME_SMOOTHING_MONTHS} months
     */
    public static double smoothedCapitalIncome(double smoothed, double received) {
        return smoothed + (received - smoothed) / CAPITAL_INCOME_SMOOTHING_MONTHS;
    }

    /**
     * @param groupSpending  the group's consumption this month, USD bn
     * @param aiConsumer     households' spending on AI this month (the labs' consumer revenue), USD bn
     * @param totalSpending  all households' consumption this month, USD bn
     * @return the part of the group's spending that goes to AI: its share of {@code aiConsumer}, at most all of it
     */
    public static double onAi(double groupSpending, double aiConsumer, double totalSpending) {
        return Math.min(groupSpending, aiConsumer * groupSpending / Math.max(totalSpending, TINY));
    }
}
