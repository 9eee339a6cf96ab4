package org.aibubble.agents.policy.rules;

/**
 * What a monetary policy rule reads. Rates are fractions per year.
 *
 * @param policyRate          last month's policy rate
 * @param neutralNominalRate  r* plus the inflation target
 * @param inflation           yearly inflation
 * @param inflationTarget     the inflation target
 * @param unemployment        the unemployment rate
 * @param unemploymentYearAgo the unemployment rate twelve months ago (the first year: the starting rate)
 * @param naturalUnemployment the natural rate of unemployment
 */
public record RuleInputs(double policyRate, double neutralNominalRate, double inflation, double inflationTarget,
        double unemployment, double unemploymentYearAgo, double naturalUnemployment) {
}
