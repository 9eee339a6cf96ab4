package org.aibubble.agents.policy.rules;

/**
 * What a monetary policy rule reads, as gaps the Fed has already formed. Rates are fractions per year.
 *
 * @param desiredRate        last month's rate of the rule itself (before the tiers' easing, the step and the cap)
 * @param neutralNominalRate r* plus the inflation target
 * @param inflationGap       the inflation gap the Fed expects a year ahead ({@link #expectedInflationGap})
 * @param unemploymentGap    natural unemployment less the 3-month average of unemployment
 * @param unemploymentChange the 3-month average of unemployment less its value twelve months earlier
 */
public record RuleInputs(double desiredRate, double neutralNominalRate, double inflationGap,
        double unemploymentGap, double unemploymentChange) {
    /**
     * The Fed's one-year-ahead inflation gap: today's gap, of which {@code fed.inflationGapPersistence}
     * is expected to remain a year on (the Fed looks through the part it expects to fade).
     *
     * @param persistence share of today's gap expected to remain in a year
     * @param inflation   yearly inflation
     * @param target      the inflation target
     * @return {@code persistence (inflation - target)}
     */
    public static double expectedInflationGap(double persistence, double inflation, double target) {
        return persistence * (inflation - target);
    }
}
