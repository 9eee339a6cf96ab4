package org.aibubble.sim.stats;

import java.util.List;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Summary statistics of one metric over runs, in the metric's own unit. Quantiles interpolate
 * linearly between order statistics (Hyndman and Fan type 7, as R and NumPy do by default); the
 * standard deviation is the sample one ({@code n - 1}). Undefined values are NaN: everything for
 * {@code n = 0}, the standard deviation for {@code n = 1}.
 *
 * @param n    how many values
 * @param mean their mean
 * @param sd   their sample standard deviation
 * @param p5   5th percentile
 * @param p25  25th percentile
 * @param p50  median
 * @param p75  75th percentile
 * @param p95  95th percentile
 */
public record Distribution(int n, double mean, double sd, double p5, double p25, double p50, double p75, double p95) {

    /** @return the statistics of {@code values} (in the given order; the result does not depend on it) */
    public static Distribution of(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            double nan = Double.NaN;
            return new Distribution(0, nan, nan, nan, nan, nan, nan, nan);
        }
        Percentile q = Statistics.percentile();
        q.setData(v);
        double sd = v.length > 1 ? new StandardDeviation(true).evaluate(v) : Double.NaN;
        return new Distribution(v.length, new Mean().evaluate(v), sd, q.evaluate(5), q.evaluate(25), q.evaluate(50),
                q.evaluate(75), q.evaluate(95));
    }
}
