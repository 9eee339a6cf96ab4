package org.aibubble.sim.sweep.design;

/**
 * Draws points in the unit hypercube {@code [0, 1)^d}; a sweep parameter maps each coordinate onto
 * its own range or value list.
 */
public interface UnitSampler {
    /**
     * @param points     how many points, at least 1
     * @param dimensions how many coordinates per point (the number of varied parameters), at least 1
     * @return {@code points} rows of {@code dimensions} coordinates, each in {@code [0, 1)}
     */
    double[][] sample(int points, int dimensions);
}
