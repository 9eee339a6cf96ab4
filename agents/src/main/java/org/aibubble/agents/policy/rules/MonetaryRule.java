package org.aibubble.agents.policy.rules;

import org.aibubble.agents.config.FedParams;

/**
 * A monetary policy rule: the desired (shadow) policy rate it calls for this month, before the tiers'
 * escalation and the floor ({@link Escalation}) and before the rate step and the cap on monthly moves
 * ({@link RateSetting}). Chosen by {@code fed.rule}; docs/MODEL.md gives each equation.
 */
public interface MonetaryRule {
    /**
     * @param in what the rule reads
     * @return the desired policy rate the rule calls for
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
