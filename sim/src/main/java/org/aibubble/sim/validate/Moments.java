package org.aibubble.sim.validate;

import java.util.List;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.Kurtosis;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The time-series functions behind the facts, on plain arrays. Each moment takes a list of segments -
 * one per run - so that the same function gives the statistic of one run (a list of one) and the
 * pooled statistic of several runs: samples are concatenated, and autocorrelations take products only
 * within a segment, never across the seam between two runs. Undefined values (too few observations,
 * zero variance) are NaN. Standard deviations are the sample ones ({@code n - 1}); the excess kurtosis is
 * the bias-corrected sample estimator of Commons Math (the one {@code pandas.Series.kurt} gives).
 */
public final class Moments {
    /** Months in a quarter. */
    public static final int MONTHS_PER_QUARTER = 3;

    private Moments() {
    }

    /** @return the sums of {@code monthly} over whole quarters (months 0-2, 3-5, ...); a trailing part quarter is dropped */
    public static double[] quarterlySums(double[] monthly) {
        double[] q = new double[monthly.length / MONTHS_PER_QUARTER];
        for (int k = 0; k < q.length; k++) {
            for (int m = 0; m < MONTHS_PER_QUARTER; m++) {
                q[k] += monthly[k * MONTHS_PER_QUARTER + m];
            }
        }
        return q;
    }

    /** @return the means of {@code monthly} over whole quarters */
    public static double[] quarterlyMeans(double[] monthly) {
        double[] q = quarterlySums(monthly);
        for (int k = 0; k < q.length; k++) {
            q[k] /= MONTHS_PER_QUARTER;
        }
        return q;
    }

    /** @return {@code ln(x[t] / x[t-1])} for t = 1.., NaN where a level is not positive */
    public static double[] logChanges(double[] x) {
        double[] g = new double[Math.max(0, x.length - 1)];
        for (int t = 1; t < x.length; t++) {
            g[t - 1] = x[t] > 0 && x[t - 1] > 0 ? Math.log(x[t] / x[t - 1]) : Double.NaN;
        }
        return g;
    }

    /** @return {@code x[t] - x[t-1]} for t = 1.. */
    public static double[] differences(double[] x) {
        double[] d = new double[Math.max(0, x.length - 1)];
        for (int t = 1; t < x.length; t++) {
            d[t - 1] = x[t] - x[t - 1];
        }
        return d;
    }

    /** @return the segments one after the other */
    public static double[] concatenate(List<double[]> segments) {
        int n = segments.stream().mapToInt(s -> s.length).sum();
        double[] all = new double[n];
        int at = 0;
        for (double[] s : segments) {
            System.arraycopy(s, 0, all, at, s.length);
            at += s.length;
        }
        return all;
    }

    /** @return the sample standard deviation of the pooled segments, NaN for fewer than 2 values */
    public static double sd(List<double[]> segments) {
        double[] x = concatenate(segments);
        return x.length < 2 ? Double.NaN : new StandardDeviation(true).evaluate(x);
    }

    /** @return {@code sd(numerator) / sd(denominator)} over the pooled segments */
    public static double sdRatio(List<double[]> numerator, List<double[]> denominator) {
        return sd(numerator) / sd(denominator);
    }

    /**
     * @return {@code var(part) / var(whole)} of the pooled values ({@link #sdRatio} squared): the share of the
     *         variance of {@code whole} that {@code part} makes, above 1 when the rest offsets it
     */
    public static double varianceShare(List<double[]> part, List<double[]> whole) {
        double ratio = sdRatio(part, whole);
        return ratio * ratio;
    }

    /** @return the Pearson correlation of the pooled pairs, NaN for fewer than 3 pairs or a constant series */
    public static double correlation(List<double[]> x, List<double[]> y) {
        double[] a = concatenate(x);
        double[] b = concatenate(y);
        if (a.length < 3 || sd(List.of(a)) == 0 || sd(List.of(b)) == 0) {
            return Double.NaN;
        }
        return new PearsonsCorrelation().correlation(a, b);
    }

    /** @return the least-squares slope of {@code y} on {@code x} (with an intercept) over the pooled pairs */
    public static double slope(List<double[]> x, List<double[]> y) {
        double[] a = concatenate(x);
        double[] b = concatenate(y);
        SimpleRegression regression = new SimpleRegression(true);
        for (int i = 0; i < a.length; i++) {
            regression.addData(a[i], b[i]);
        }
        return regression.getSlope();
    }

    /**
     * The split regression {@code y = a + c z + b+ g + b- l} (least squares over the pooled rows), with {@code z}
     * a control and {@code g} the gains (non-negative) and {@code l} the losses (non-positive) of a regressor.
     *
     * @return {@code b- / b+}: how many times a dollar lost moves {@code y} as much as a dollar gained; NaN if
     *         there are too few rows or no gains or no losses
     */
    public static double lossGainRatio(List<double[]> y, List<double[]> control, List<double[]> gains,
            List<double[]> losses) {
        double[] yy = concatenate(y);
        double[] z = concatenate(control);
        double[] g = concatenate(gains);
        double[] l = concatenate(losses);
        int gainRows = 0;
        int lossRows = 0;
        double[][] x = new double[yy.length][];
        for (int i = 0; i < yy.length; i++) {
            x[i] = new double[] {z[i], g[i], l[i]};
            gainRows += g[i] > 0 ? 1 : 0;
            lossRows += l[i] < 0 ? 1 : 0;
        }
        if (yy.length < 5 || gainRows < 2 || lossRows < 2) {
            return Double.NaN;
        }
        OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
        ols.newSampleData(yy, x);
        double[] beta = ols.estimateRegressionParameters();
        return beta[3] / beta[2];
    }

    /** @return the bias-corrected sample excess kurtosis of the pooled values, NaN for fewer than 4 */
    public static double excessKurtosis(List<double[]> segments) {
        double[] x = concatenate(segments);
        return x.length < 4 ? Double.NaN : new Kurtosis().evaluate(x);
    }

    /**
     * The sample autocorrelation at {@code lag}, pooled over segments:
     * {@code sum_s sum_t (x[s][t] - m)(x[s][t+lag] - m) / sum_s sum_t (x[s][t] - m)^2}, with {@code m} the
     * pooled mean (for one segment the usual estimator, as {@code statsmodels.tsa.stattools.acf} gives).
     *
     * @return the autocorrelation, NaN when the values do not vary
     */
    public static double autocorrelation(List<double[]> segments, int lag) {
        if (lag < 1) {
            throw new IllegalArgumentException("lag must be >= 1, was " + lag);
        }
        double[] all = concatenate(segments);
        if (all.length == 0) {
            return Double.NaN;
        }
        double m = new Mean().evaluate(all);
        double products = 0;
        double squares = 0;
        for (double[] s : segments) {
            for (int t = 0; t < s.length; t++) {
                squares += (s[t] - m) * (s[t] - m);
                if (t + lag < s.length) {
                    products += (s[t] - m) * (s[t + lag] - m);
                }
            }
        }
        return squares == 0 ? Double.NaN : products / squares;
    }

    /** @return the mean of the autocorrelations at lags 1 to {@code maxLag} */
    public static double meanAutocorrelation(List<double[]> segments, int maxLag) {
        double sum = 0;
        for (int lag = 1; lag <= maxLag; lag++) {
            sum += autocorrelation(segments, lag);
        }
        return sum / maxLag;
    }

    /** @return {@code |x[t]|} */
    public static double[] abs(double[] x) {
        double[] a = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            a[t] = Math.abs(x[t]);
        }
        return a;
    }
}
