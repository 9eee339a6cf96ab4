package org.aibubble.sim.sweep.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.aibubble.sim.stats.Statistics;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Sobol indices with bootstrap confidence intervals: the point estimates of {@link SobolEstimator},
 * and percentile intervals from {@code resamples} resamples of the base samples (with replacement),
 * drawn from a seeded generator so the intervals are reproducible.
 */
public final class SensitivityAnalysis {
    private final int resamples;
    private final double confidence;
    private final long seed;

    /**
     * @param resamples  bootstrap resamples, at least 10
     * @param confidence the confidence level of the intervals, in (0, 1), e.g. 0.95
     * @param seed       the seed of the resampling
     */
    public SensitivityAnalysis(int resamples, double confidence, long seed) {
        if (resamples < 10) {
            throw new IllegalArgumentException("resamples must be >= 10, was " + resamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1), was " + confidence);
        }
        this.resamples = resamples;
        this.confidence = confidence;
        this.seed = seed;
    }

    /**
     * @param sample the outputs at Saltelli's design
     * @return one index per parameter, in parameter order
     */
    public List<SobolIndex> analyse(SaltelliSample sample) {
        int d = sample.parameters();
        double[][] point = SobolEstimator.estimate(sample);
        double[][][] boot = new double[2][d][resamples];
        RandomGenerator random = new MersenneTwister(seed);
        int[] rows = new int[sample.size()];
        for (int r = 0; r < resamples; r++) {
            for (int k = 0; k < rows.length; k++) {
                rows[k] = random.nextInt(rows.length);
            }
            double[][] estimate = SobolEstimator.estimate(sample.select(rows));
            for (int i = 0; i < d; i++) {
                boot[0][i][r] = estimate[0][i];
                boot[1][i][r] = estimate[1][i];
            }
        }
        List<SobolIndex> indices = new ArrayList<>(d);
        for (int i = 0; i < d; i++) {
            double[] s1 = interval(boot[0][i]);
            double[] st = interval(boot[1][i]);
            indices.add(new SobolIndex(point[0][i], s1[0], s1[1], point[1][i], st[0], st[1]));
        }
        return indices;
    }

    /** Percentile interval of the finite bootstrap estimates; NaN bounds when none is finite. */
    private double[] interval(double[] estimates) {
        double[] finite = Arrays.stream(estimates).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double tail = (1 - confidence) / 2 * 100;
        Percentile percentile = Statistics.percentile();
        percentile.setData(finite);
        return new double[] {percentile.evaluate(Math.max(tail, 1e-9)), percentile.evaluate(100 - tail)};
    }
}
