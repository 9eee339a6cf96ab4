package org.aibubble.agents.policy.rules;

import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.policy.FedTier;

/**
 * The tiers' easing beyond the rule: an amount e taken off the rule's desired rate. The moderate tier adds
 * {@code fed.moderateExtraCut} a month up to {@code fed.moderateMaxEasing} (faster cuts, bounded: stress
 * alone does not take the rate to the floor); the severe tier adds {@code fed.severeExtraCut} a month
 * without that bound; with no tier or a mild one the easing is withdrawn at {@code fed.moderateExtraCut} a
 * month. The easing never exceeds what takes the rule's rate to {@code fed.floor}. The rule's own rate
 * follows the rule in every tier; that the Fed does not hike into stress is {@link RateSetting}'s.
 */
public final class Escalation {
    private Escalation() {
    }

    /**
     * @param p        the Fed's parameters
     * @param proposed the rule's desired rate this month
     * @return the rule's desired rate: {@code proposed}, never below the floor
     */
    public static double ruleRate(FedParams p, double proposed) {
        return Math.max(p.floor(), proposed);
    }

    /**
     * @param p        the Fed's parameters
     * @param previous last month's easing
     * @param ruleRate the rule's desired rate this month
     * @param tier     this month's tier
     * @return this month's easing, at least 0 and at most {@code ruleRate - floor}
     */
    public static double easing(FedParams p, double previous, double ruleRate, FedTier tier) {
        double next = switch (tier) {
            case NONE, MILD -> previous - p.moderateExtraCut();
            case MODERATE -> Math.max(previous, Math.min(previous + p.moderateExtraCut(), p.moderateMaxEasing()));
            case SEVERE -> previous + p.severeExtraCut();
        };
        return Math.max(0, Math.min(next, ruleRate - p.floor()));
    }

    /**
     * @param p        the Fed's parameters
     * @param ruleRate the rule's desired rate
     * @param easing   the tiers' easing
     * @return the desired rate: {@code max(floor, ruleRate - easing)}
     */
    public static double desiredRate(FedParams p, double ruleRate, double easing) {
        return Math.max(p.floor(), ruleRate - easing);
    }
}
