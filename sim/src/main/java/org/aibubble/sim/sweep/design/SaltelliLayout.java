package org.aibubble.sim.sweep.design;

import java.util.Arrays;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Where Saltelli's matrices sit among a sweep's points. For base sample {@code j} (0-based) the
 * sweep runs {@code d + 2} consecutive points: row {@code j} of A, row {@code j} of B, then
 * AB_1 .. AB_d, where AB_i is A's row with column {@code i} taken from B. A block of points per base
 * sample keeps every estimate's inputs together, whatever subset of runs is finished.
 *
 * @param baseSamples N, the number of rows of A and of B
 * @param parameters  d, the number of varied parameters
 */
public record SaltelliLayout(int baseSamples, int parameters) {
    /** Validates the sizes. */
    public SaltelliLayout {
        if (baseSamples < 2) {
            throw new IllegalArgumentException("Saltelli needs at least 2 base samples, was " + baseSamples);
        }
        if (parameters < 1 || 2 * parameters > SobolSampler.MAX_DIMENSIONS) {
            throw new IllegalArgumentException("Saltelli needs 1.." + SobolSampler.MAX_DIMENSIONS / 2
                    + " parameters, was " + parameters);
        }
    }

    /** @return the number of points per base sample, {@code d + 2} */
    public int blockSize() {
        return parameters + 2;
    }

    /** @return the number of points of the whole design, {@code N (d + 2)} */
    public int totalPoints() {
        return baseSamples * blockSize();
    }

    /** @return the point id of row {@code j} of A */
    public int pointA(int j) {
        return j * blockSize();
    }

    /** @return the point id of row {@code j} of B */
    public int pointB(int j) {
        return j * blockSize() + 1;
    }

    /** @return the point id of row {@code j} of AB_i ({@code i} 0-based) */
    public int pointAB(int j, int i) {
        return j * blockSize() + 2 + i;
    }

    /**
     * Builds the design from a Sobol sequence of dimension {@code 2d}: the first {@code d} coordinates
     * of each row give A, the last {@code d} give B. The rows are points N .. 2N-1 of the sequence: the
     * first points are skipped because point 1, (0.5, ..., 0.5), would make A and B equal and waste a
     * whole block of runs (and, for N a power of two, points N .. 2N-1 are a balanced net).
     *
     * @return {@link #totalPoints()} rows of {@code d} coordinates in {@code [0, 1)}, in point-id order
     */
    public double[][] unitPoints() {
        int d = parameters;
        SobolSequenceGenerator generator = new SobolSequenceGenerator(2 * d);
        double[][] sobol = new double[baseSamples][];
        sobol[0] = generator.skipTo(baseSamples);
        for (int j = 1; j < baseSamples; j++) {
            sobol[j] = generator.nextVector();
        }
        double[][] rows = new double[totalPoints()][];
        for (int j = 0; j < baseSamples; j++) {
            double[] a = Arrays.copyOfRange(sobol[j], 0, d);
            double[] b = Arrays.copyOfRange(sobol[j], d, 2 * d);
            rows[pointA(j)] = a;
            rows[pointB(j)] = b;
            for (int i = 0; i < d; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                rows[pointAB(j, i)] = ab;
            }
        }
        return rows;
    }
}
