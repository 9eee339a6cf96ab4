package org.aibubble.agents.policy.rules;

import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.policy.FedTier;

/**
 * The tiers' hold on the policy rate: in the moderate tier the rate falls at least
 * {@code fed.moderateExtraCut} a month, in the severe tier it goes to {@code fed.floor}; never below the floor.
 */
public final class Escalation {
    private Escalation() {
    }

    /**
     * @param p        the Fed's parameters
     * @param ruleRate the rate the monetary rule calls for
     * @param current  last month's policy rate
     * @param tier     this month's tier
     * @return the policy rate set
     */
    public static double rate(FedParams p, double ruleRate, double current, FedTier tier) {
        double next = ruleRate;
        if (tier == FedTier.MODERATE) {
            next = Math.min(next, current - p.moderateExtraCut());
        } else if (tier == FedTier.SEVERE) {
            next = p.floor();
        }
        return Math.max(p.floor(), next);
    }
}
