package org.aibubble.sim.sweep.design;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/** Independent uniform draws, reproducible from a seed. */
public final class RandomSampler implements UnitSampler {
    private final long seed;

    /** @param seed the seed of the draws (the sweep's base seed) */
    public RandomSampler(long seed) {
        this.seed = seed;
    }

    @Override
    public double[][] sample(int points, int dimensions) {
        Samplers.checkSize(points, dimensions);
        RandomGenerator random = new MersenneTwister(seed);
        double[][] rows = new double[points][dimensions];
        for (double[] row : rows) {
            for (int j = 0; j < dimensions; j++) {
                row[j] = random.nextDouble();
            }
        }
        return rows;
    }
}
