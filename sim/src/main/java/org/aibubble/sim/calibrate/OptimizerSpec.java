package org.aibubble.sim.calibrate;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.aibubble.agents.config.ParameterException;

/**
 * The optimizer and where it starts.
 *
 * @param method     CMA-ES or Nelder-Mead
 * @param start      parameter path to its start value; a parameter not named starts at the middle of its range
 * @param step       the initial step, as a share of each parameter's range (CMA-ES's sigma; the simplex's size)
 * @param population CMA-ES candidates per generation; 0 for its default {@code 4 + floor(3 ln p)}
 * @param seed       the seed of CMA-ES's generator
 * @param tolerance  stop when the loss improves by less than this (relative) between iterations
 */
public record OptimizerSpec(Method method, Map<String, Double> start, double step, int population, long seed,
                            double tolerance) {
    /** The optimizers. */
    public enum Method {
        /** Commons Math's {@code CMAESOptimizer} on the unit cube, bounds repaired. */
        CMA_ES,
        /** Commons Math's {@code SimplexOptimizer} with a Nelder-Mead simplex; coordinates clamped to the cube. */
        NELDER_MEAD
    }

    /** Validates the fields and copies the map. */
    public OptimizerSpec {
        if (!(step > 0 && step <= 1)) {
            throw new ParameterException("step", Double.toString(step), "must be a share of the range in (0, 1]");
        }
        if (population != 0 && (population < 2 || population > 1000)) {
            throw new ParameterException("population", Integer.toString(population), "must be 0 (default) or in [2, 1000]");
        }
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new ParameterException("tolerance", Double.toString(tolerance), "must be in [0, 1)");
        }
        start = Collections.unmodifiableMap(new TreeMap<>(start));
    }
}
