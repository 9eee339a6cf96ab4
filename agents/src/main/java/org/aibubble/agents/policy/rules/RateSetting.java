package org.aibubble.agents.policy.rules;

import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.policy.FedTier;

/**
 * From the desired rate to the rate the Fed sets: moves come in whole steps of {@code fed.rateStep} (the
 * width of the FOMC's target range), the nearest whole number of steps towards the desired rate (so a
 * gap under half a step leaves the rate where it is), at most {@code fed.maxMove} a month
 * ({@code fed.moderateMaxMove} in the moderate tier, {@code fed.severeMaxMove} in the severe tier); never
 * below {@code fed.floor}, and outside the severe tier not cut below {@code fed.moderateFloor}. In the
 * moderate and severe tiers the rate does not rise: the Fed does not hike into stress.
 */
public final class RateSetting {
    /** Rounding allowance, in steps, when a bound is taken up to the grid of rates. */
    private static final double GRID_TOLERANCE = 1e-9;

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
        return Math.max(lowest(p, current, tier), current + move);
    }

    /**
     * The lowest rate the Fed sets this month: the floor in the severe tier; outside it the Fed does not
     * cut below {@code fed.moderateFloor} (as in 2001-03, when it stopped at 1%, and 2019, at 1.5%: the
     * lower bound only in 2008 and 2020), taken up to the grid of rates it sets (the floor plus whole
     * steps, so 1% reads as the 1.00-1.25% range, 1.125%); a rate already below that, after a severe
     * episode, is not cut further.
     *
     * @param p       the Fed's parameters
     * @param current last month's policy rate
     * @param tier    this month's tier
     * @return the lowest rate it may set
     */
    public static double lowest(FedParams p, double current, FedTier tier) {
        if (tier == FedTier.SEVERE || p.moderateFloor() <= p.floor()) {
            return p.floor();
        }
        double steps = Math.ceil((p.moderateFloor() - p.floor()) / p.rateStep() - GRID_TOLERANCE);
        double bound = p.floor() + steps * p.rateStep();
        if (current <= bound + GRID_TOLERANCE * p.rateStep()) {
            return Math.max(p.floor(), current);
        }
        return bound;
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
