package org.aibubble.sim.calibrate;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.aibubble.agents.config.ParameterException;

/**
 * The known parameter values at which the model generates its own targets (parameter recovery).
 *
 * @param values     parameter path to its true value; empty when no moment's value is {@code truth}
 * @param seed       the first seed of the truth runs (choose seeds the candidates do not use)
 * @param replicates how many truth runs ({@code seed, seed + 1, ...}); the targets are their moments
 */
public record TruthSpec(Map<String, Double> values, long seed, int replicates) {
    /** Validates the fields and copies the map. */
    public TruthSpec {
        if (seed < 0 || seed > Long.MAX_VALUE - CalibrationSpec.MAX_REPLICATES) {
            throw new ParameterException("seed", Long.toString(seed), "must be an integer >= 0");
        }
        if (replicates < 1 || replicates > CalibrationSpec.MAX_REPLICATES) {
            throw new ParameterException("replicates", Integer.toString(replicates),
                    "must be an integer in [1, " + CalibrationSpec.MAX_REPLICATES + "]");
        }
        for (Map.Entry<String, Double> e : values.entrySet()) {
            if (!Double.isFinite(e.getValue())) {
                throw new ParameterException("values." + e.getKey(), Double.toString(e.getValue()), "must be a finite number");
            }
        }
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }
}
