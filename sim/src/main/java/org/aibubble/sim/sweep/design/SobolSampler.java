package org.aibubble.sim.sweep.design;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The Sobol low-discrepancy sequence (Joe and Kuo direction numbers, via Commons Math), its first
 * point - the origin - skipped. Deterministic: no seed. Balance is best when {@code points} is a
 * power of two.
 */
public final class SobolSampler implements UnitSampler {
    /** The most coordinates Commons Math's generator supports. */
    public static final int MAX_DIMENSIONS = 1000;

    @Override
    public double[][] sample(int points, int dimensions) {
        Samplers.checkSize(points, dimensions);
        if (dimensions > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("Sobol sequence supports at most " + MAX_DIMENSIONS + " dimensions");
        }
        SobolSequenceGenerator generator = new SobolSequenceGenerator(dimensions);
        generator.nextVector(); // the origin
        double[][] rows = new double[points][];
        for (int i = 0; i < points; i++) {
            rows[i] = generator.nextVector();
        }
        return rows;
    }
}
