package org.aibubble.sim.sweep.spec;

import org.aibubble.agents.config.ParameterException;

/**
 * How a Saltelli sweep estimates its Sobol indices (the {@code sensitivity} block of a sweep file).
 *
 * @param baseSamples N, rows of the A and B matrices, at least 2; the sweep runs {@code N (d + 2)} points
 * @param bootstrap   bootstrap resamples for the confidence intervals, in [10, 100000]
 * @param confidence  confidence level of the intervals, in (0, 1), e.g. 0.95
 */
public record SensitivitySettings(int baseSamples, int bootstrap, double confidence) {
    /** Validates every field. */
    public SensitivitySettings {
        if (baseSamples < 2 || baseSamples > SweepSpecLoader.MAX_POINTS) {
            throw new ParameterException("baseSamples", baseSamples,
                    "must be an integer in [2, " + SweepSpecLoader.MAX_POINTS + "]");
        }
        if (bootstrap < 10 || bootstrap > 100_000) {
            throw new ParameterException("bootstrap", bootstrap, "must be an integer in [10, 100000]");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new ParameterException("confidence", confidence, "must be a number in (0, 1), e.g. 0.95");
        }
    }
}
