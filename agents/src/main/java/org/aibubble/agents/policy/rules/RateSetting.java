package org.aibubble.agents.policy.rules;

import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.policy.FedTier;

/**
 * From the desired rate to the rate the Fed sets: moves come in whole steps of {@code fed.rateStep} (the
 * width of the FOMC's target range), the nearest whole number of steps towards the desired rate (so a
 * gap under half a step leaves the rate where it is), at most {@code fed.maxMove} a month
 * ({@code fed.moderateMaxMove} in the moderate tier, {@code fed.severeMaxMove} in the severe tier); never
 * below {@code fed.floor}. In the moderate and severe tiers the rate does not rise: the Fed does not hike
 * into stress.
 */
public final class RateSetting {
    private RateSetting() {
    }

    /**
     * @param p       the Fed's parameters
     * @param desired this month's desired rate
     * @param current last month's policy rate
     * @param tier    this month's tier
     * @return the policy rate set this month
     */
    public static double set(FedParams p, double desired, double current, FedTier tier) {
        double gap = desired - current;
        double steps = Math.signum(gap) * Math.floor(Math.abs(gap) / p.rateStep() + 0.5);
        double cap = maxMove(p, tier);
        double move = Math.max(-cap, Math.min(cap, steps * p.rateStep()));
        if (tier.compareTo(FedTier.MODERATE) >= 0) {
            move = Math.min(0, move);
        }
        return Math.max(p.floor(), current + move);
    }

    /**
     * @param p    the Fed's parameters
     * @param tier this month's tier
     * @return the largest move of the policy rate in one month
     */
    public static double maxMove(FedParams p, FedTier tier) {
        return switch (tier) {
            case NONE, MILD -> p.maxMove();
            case MODERATE -> p.moderateMaxMove();
            case SEVERE -> p.severeMaxMove();
        };
    }
}
