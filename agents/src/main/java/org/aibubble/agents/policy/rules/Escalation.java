package org.aibubble.agents.policy.rules;

import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.policy.FedTier;

/**
 * The tiers' hold on the desired rate: in the moderate tier it falls at least {@code fed.moderateExtraCut}
 * a month, in the severe tier at least {@code fed.severeExtraCut} a month (so it reaches the floor over
 * months, not in one); never below {@code fed.floor}.
 */
public final class Escalation {
    private Escalation() {
    }

    /**
     * @param p        the Fed's parameters
     * @param ruleRate the desired rate the monetary rule calls for
     * @param previous last month's desired rate
     * @param tier     this month's tier
     * @return this month's desired rate
     */
    public static double desiredRate(FedParams p, double ruleRate, double previous, FedTier tier) {
        double next = switch (tier) {
            case NONE, MILD -> ruleRate;
            case MODERATE -> Math.min(ruleRate, previous - p.moderateExtraCut());
            case SEVERE -> Math.min(ruleRate, previous - p.severeExtraCut());
        };
        return Math.max(p.floor(), next);
    }
}
