package org.aibubble.sim.sweep.design;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Latin hypercube sampling: each coordinate's unit interval is cut into {@code points} equal strata
 * and every stratum holds exactly one point (one uniform draw inside it); strata are paired across
 * coordinates by independent random permutations. Reproducible from a seed.
 */
public final class LatinHypercubeSampler implements UnitSampler {
    private final long seed;

    /** @param seed the seed of the permutations and draws (the sweep's base seed) */
    public LatinHypercubeSampler(long seed) {
        this.seed = seed;
    }

    @Override
    public double[][] sample(int points, int dimensions) {
        Samplers.checkSize(points, dimensions);
        RandomGenerator random = new MersenneTwister(seed);
        double[][] rows = new double[points][dimensions];
        for (int j = 0; j < dimensions; j++) {
            int[] strata = permutation(points, random);
            for (int i = 0; i < points; i++) {
                rows[i][j] = (strata[i] + random.nextDouble()) / points;
            }
        }
        return rows;
    }

    /** Fisher-Yates shuffle of 0..n-1. */
    private static int[] permutation(int n, RandomGenerator random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[k];
            p[k] = t;
        }
        return p;
    }
}
