package org.aibubble.sim.validate;

import org.aibubble.sim.stats.Statistics;

/**
 * The output episode around a run's AI bust, on 3-month (quarterly) sums of monthly output
 * {@code Y3[t] = Y[t-2] + Y[t-1] + Y[t]}, {@code t >= 2}. With {@code P} and {@code E} the months of the
 * AI index's peak and trough (as in {@code summary.json}):
 * <ul>
 *   <li>output peak {@code p}: the month of the highest {@code Y3} in {@code [max(2, P - LEAD), max(2, E)]};</li>
 *   <li>output trough {@code q}: the month of the lowest {@code Y3} in {@code [p, min(T - 1, E + LAG)]};</li>
 *   <li>recovery: the first month after {@code q} with {@code Y3 >= Y3[p]}.</li>
 * </ul>
 * Ties go to the earliest month.
 *
 * @param peak    output peak month {@code p}
 * @param trough  output trough month {@code q}
 * @param recover the first month after the trough at or above the peak level, or -1 if none
 */
public record BustEpisode(int peak, int trough, int recover) {
    /** Months before the AI peak that the output peak may lead it by. */
    public static final int LEAD = 12;
    /** Months after the AI trough that the output trough may lag it by. */
    public static final int LAG = 24;

    /** @return the output episode of {@code run}, or null when the run is shorter than 3 months */
    public static BustEpisode of(RunData run) {
        double[] y3 = threeMonthSums(run.column("output"));
        int last = y3.length - 1;
        if (last < 2) {
            return null;
        }
        int aiPeak = run.summary().peakMonth();
        int aiTrough = run.summary().troughMonth();
        int peak = Statistics.argMax(y3, Math.max(2, aiPeak - LEAD), Math.min(last, Math.max(2, aiTrough)));
        int trough = Statistics.argMin(y3, peak, Math.min(last, Math.max(peak, aiTrough + LAG)));
        int recover = -1;
        for (int t = trough + 1; t <= last && recover < 0; t++) {
            if (y3[t] >= y3[peak]) {
                recover = t;
            }
        }
        return new BustEpisode(peak, trough, recover);
    }

    /** @return {@code x[t-2] + x[t-1] + x[t]} for t >= 2, NaN for t < 2 */
    public static double[] threeMonthSums(double[] x) {
        double[] s = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            s[t] = t < 2 ? Double.NaN : x[t - 2] + x[t - 1] + x[t];
        }
        return s;
    }
}
