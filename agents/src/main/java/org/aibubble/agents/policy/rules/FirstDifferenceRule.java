package org.aibubble.agents.policy.rules;

/**
 * The first-difference rule ({@code fed.rule: first-difference}) of Orphanides (2003), in the form the
 * Fed's Monetary Policy Report uses: each quarter the rate moves by
 * {@code inflationWeight (pi - pi*) + unemploymentWeight ((u*_t - u_t) - (u*_{t-4} - u_{t-4}))}, with u*
 * constant here, so by minus the year-on-year change of unemployment. It needs no estimate of r* or of
 * the level of the unemployment gap. Applied monthly, a third of the quarterly move each month.
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
        double quarterly = inflationWeight * (in.inflation() - in.inflationTarget())
                - unemploymentWeight * (in.unemployment() - in.unemploymentYearAgo());
        return in.policyRate() + quarterly / MONTHS_PER_QUARTER;
    }
}
