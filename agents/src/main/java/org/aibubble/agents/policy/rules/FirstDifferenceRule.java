package org.aibubble.agents.policy.rules;

/**
 * The first-difference rule ({@code fed.rule: first-difference}) of Orphanides (2003), in the form the
 * Fed's Monetary Policy Report uses: each quarter the rate moves by
 * {@code inflationWeight g_pi - unemploymentWeight du}, with g_pi the expected inflation gap and du the
 * year-on-year change of (3-month average) unemployment. It needs no estimate of r* or of the level of
 * the unemployment gap. Applied monthly to the desired rate, a third of the quarterly move each month.
 *
 * @param inflationWeight    quarterly change per unit of inflation gap ({@code fed.firstDifferenceInflationWeight}, MPR 0.5)
 * @param unemploymentWeight quarterly change per unit of the year-on-year fall of unemployment
 *                           ({@code fed.firstDifferenceUnemploymentWeight}, MPR 1.0)
 */
public record FirstDifferenceRule(double inflationWeight, double unemploymentWeight) implements MonetaryRule {
    /** Months per quarter: the rule is quarterly, the Fed decides monthly. */
    public static final double MONTHS_PER_QUARTER = 3;

    @Override
    public double rate(RuleInputs in) {
        double quarterly = inflationWeight * in.inflationGap() - unemploymentWeight * in.unemploymentChange();
        return in.desiredRate() + quarterly / MONTHS_PER_QUARTER;
    }
}
