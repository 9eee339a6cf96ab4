package org.aibubble.sim.stats;

import java.util.Arrays;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The statistics of single arrays used across {@code sim/}, from Commons Math 3: the mean, the
 * population variance, and quantiles of type 7 ({@link Percentile.EstimationType#R_7}: linear
 * interpolation between order statistics, as R and NumPy by default), the same definition as
 * {@link Distribution} and so as {@code aggregate.csv} and {@code ensemble.json}.
 */
public final class Statistics {
    private Statistics() {
    }

    /**
     * @param values any values; NaN and infinite ones are left out
     * @return the median of the finite values (type 7: the mean of the middle two for an even count),
     *         NaN if there are none
     */
    public static double median(double[] values) {
        return quantile(values, 50);
    }

    /**
     * @param values  any values; NaN and infinite ones are left out
     * @param percent the quantile, in (0, 100]
     * @return the type-7 quantile of the finite values, NaN if there are none
     */
    public static double quantile(double[] values, double percent) {
        double[] finite = finite(values);
        if (finite.length == 0) {
            return Double.NaN;
        }
        return percentile().evaluate(finite, percent);
    }

    /** @return a type-7 percentile estimator ({@code setData} then {@code evaluate(p)}) */
    public static Percentile percentile() {
        return new Percentile().withEstimationType(Percentile.EstimationType.R_7);
    }

    /**
     * @param values values to average (all of them: callers leave out what is missing)
     * @return their arithmetic mean, NaN for none
     */
    public static double mean(double[] values) {
        return new Mean().evaluate(values);
    }

    /**
     * @param values the values (all of them)
     * @return their population variance (divided by n), NaN for none
     */
    public static double populationVariance(double[] values) {
        return new Variance(false).evaluate(values);
    }

    /** @return the finite values of {@code values}, in order */
    public static double[] finite(double[] values) {
        return Arrays.stream(values).filter(Double::isFinite).toArray();
    }

    /**
     * @return the index in {@code [from, to]} where {@code x} is largest; the earliest of equal values
     */
    public static int argMax(double[] x, int from, int to) {
        int best = from;
        for (int t = from + 1; t <= to; t++) {
            if (x[t] > x[best]) {
                best = t;
            }
        }
        return best;
    }

    /**
     * @return the index in {@code [from, to]} where {@code x} is smallest; the earliest of equal values
     */
    public static int argMin(double[] x, int from, int to) {
        int best = from;
        for (int t = from + 1; t <= to; t++) {
            if (x[t] < x[best]) {
                best = t;
            }
        }
        return best;
    }
}
