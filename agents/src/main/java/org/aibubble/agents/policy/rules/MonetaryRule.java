package org.aibubble.agents.policy.rules;

import org.aibubble.agents.config.FedParams;

/**
 * A monetary policy rule: the policy rate it calls for this month, before the floor and the tiers'
 * escalation ({@link Escalation}). Chosen by {@code fed.rule}; docs/MODEL.md gives each equation.
 */
public interface MonetaryRule {
    /**
     * @param in what the rule reads
     * @return the policy rate the rule calls for
     */
    double rate(RuleInputs in);

    /**
     * @param p the Fed's parameters (their {@code rule} and that rule's weights)
     * @return the rule {@code p.rule()} names
     */
    static MonetaryRule of(FedParams p) {
        return switch (p.rule()) {
            case TAYLOR -> new InertialTaylorRule(p.inflationWeight(), p.unemploymentWeight(), p.inertia());
            case FIRST_DIFFERENCE -> new FirstDifferenceRule(p.firstDifferenceInflationWeight(),
                    p.firstDifferenceUnemploymentWeight());
        };
    }
}
