package org.aibubble.agents.policy.rules;

/**
 * The inertial Taylor rule ({@code fed.rule: taylor}): a Taylor (1993)-type target
 * {@code i* = r* + pi* + inflationWeight (pi - pi*) + (pi - pi*) + unemploymentWeight (u* - u)}, reached by
 * monthly partial adjustment {@code i = inertia i_prev + (1 - inertia) i*}.
 *
 * @param inflationWeight    weight on the inflation gap on top of one-for-one ({@code fed.inflationWeight})
 * @param unemploymentWeight weight on the unemployment gap ({@code fed.unemploymentWeight})
 * @param inertia            weight of last month's rate ({@code fed.inertia})
 */
public record InertialTaylorRule(double inflationWeight, double unemploymentWeight, double inertia)
        implements MonetaryRule {
    @Override
    public double rate(RuleInputs in) {
        double target = in.neutralNominalRate() + inflationWeight * (in.inflation() - in.inflationTarget())
                + in.inflation() - in.inflationTarget()
                + unemploymentWeight * (in.naturalUnemployment() - in.unemployment());
        return inertia * in.policyRate() + (1 - inertia) * target;
    }
}
