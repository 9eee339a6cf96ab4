package org.aibubble.sim.sweep.spec;

/**
 * How a Saltelli sweep estimates its Sobol indices.
 *
 * @param baseSamples N, rows of the A and B matrices; the sweep runs {@code N (d + 2)} points
 * @param bootstrap   bootstrap resamples for the confidence intervals
 * @param confidence  confidence level of the intervals, e.g. 0.95
 */
public record SensitivitySettings(int baseSamples, int bootstrap, double confidence) {
}
