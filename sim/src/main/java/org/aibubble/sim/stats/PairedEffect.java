package org.aibubble.sim.stats;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * The effect of a change on one metric, measured on paired runs (the same seed under a reference and under the
 * change, so that the runs share their luck): the medians of each side, the median of the paired differences
 * (other less reference) and the mean difference with a paired-bootstrap interval. The bootstrap resamples whole
 * pairs with replacement ({@value #RESAMPLES} times, from a {@link Well19937c} seeded with {@value #SEED}, a fresh
 * generator for every effect, so the result does not depend on which effects are computed or in what order) and
 * takes the 5th and 95th percentiles (type 7, {@link Statistics#quantile}) of the resampled mean differences: a
 * 90% percentile interval. Only pairs whose two values are both finite count (e.g. {@code bust_month} is
 * compared over the seeds that bust on both sides); undefined results are NaN.
 *
 * @param pairs            pairs with both values finite
 * @param referenceMedian  median of the reference's values over those pairs
 * @param otherMedian      median of the other's values over those pairs
 * @param medianDifference median of the paired differences
 * @param meanDifference   mean of the paired differences
 * @param low              5th percentile of the bootstrap mean differences
 * @param high             95th percentile of the bootstrap mean differences
 */
public record PairedEffect(int pairs, double referenceMedian, double otherMedian, double medianDifference,
                           double meanDifference, double low, double high) {
    /** Bootstrap resamples of the pairs. */
    public static final int RESAMPLES = 10_000;
    /** The seed of the bootstrap's generator. */
    public static final long SEED = 20_261_204L;
    /** The interval's coverage: the 5th to the 95th percentile. */
    public static final double CONFIDENCE = 0.9;
    private static final double LOW_PERCENT = 50 * (1 - CONFIDENCE);
    private static final double HIGH_PERCENT = 100 - LOW_PERCENT;

    /**
     * @param reference the reference's value per pair (NaN where undefined)
     * @param other     the other's value per pair, aligned with {@code reference}
     * @return the effect
     * @throws IllegalArgumentException if the arrays differ in length
     */
    public static PairedEffect of(double[] reference, double[] other) {
        if (reference.length != other.length) {
            throw new IllegalArgumentException("paired values differ in number: " + reference.length + " and "
                    + other.length);
        }
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < reference.length; i++) {
            if (Double.isFinite(reference[i]) && Double.isFinite(other[i])) {
                kept.add(new double[] {reference[i], other[i]});
            }
        }
        int n = kept.size();
        double[] a = new double[n];
        double[] b = new double[n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = kept.get(i)[0];
            b[i] = kept.get(i)[1];
            d[i] = b[i] - a[i];
        }
        double[] means = bootstrapMeans(d);
        return new PairedEffect(n, Statistics.median(a), Statistics.median(b), Statistics.median(d),
                n == 0 ? Double.NaN : Statistics.mean(d), Statistics.quantile(means, LOW_PERCENT),
                Statistics.quantile(means, HIGH_PERCENT));
    }

    /** @return whether the interval holds {@code value} */
    public boolean intervalContains(double value) {
        return low <= value && value <= high;
    }

    /** @return the mean of each of {@link #RESAMPLES} resamples of {@code d} with replacement; none for no values */
    private static double[] bootstrapMeans(double[] d) {
        if (d.length == 0) {
            return new double[0];
        }
        RandomGenerator random = new Well19937c(SEED);
        double[] means = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double sum = 0;
            for (int i = 0; i < d.length; i++) {
                sum += d[random.nextInt(d.length)];
            }
            means[r] = sum / d.length;
        }
        return means;
    }
}
