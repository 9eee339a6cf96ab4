package org.aibubble.agents.policy.rules;

/**
 * The inertial Taylor rule ({@code fed.rule: taylor}): a Taylor (1993)-type target on the expected
 * inflation gap g_pi and the unemployment gap g_u,
 * {@code i* = r* + pi* + (1 + inflationWeight) g_pi + unemploymentWeight g_u}, reached by monthly partial
 * adjustment of the desired rate, {@code d = inertia d_prev + (1 - inertia) i*}.
 *
 * @param inflationWeight    weight on the inflation gap on top of one-for-one ({@code fed.inflationWeight})
 * @param unemploymentWeight weight on the unemployment gap ({@code fed.unemploymentWeight})
 * @param inertia            weight of last month's desired rate ({@code fed.inertia})
 */
public record InertialTaylorRule(double inflationWeight, double unemploymentWeight, double inertia)
        implements MonetaryRule {
    /**
     * @param in what the rule reads
     * @return the Taylor target i*
     */
    public double target(RuleInputs in) {
        return in.neutralNominalRate() + (1 + inflationWeight) * in.inflationGap()
                + unemploymentWeight * in.unemploymentGap();
    }

    @Override
    public double rate(RuleInputs in) {
        return inertia * in.desiredRate() + (1 - inertia) * target(in);
    }
}
