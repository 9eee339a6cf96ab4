package org.aibubble.sim.report;

import java.util.Arrays;

/** Small descriptive statistics for report tables. */
final class Stats {
    private Stats() {
    }

    /** @return the median of the finite values, NaN if there are none */
    static double median(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0) {
            return Double.NaN;
        }
        int mid = finite.length / 2;
        return finite.length % 2 == 1 ? finite[mid] : (finite[mid - 1] + finite[mid]) / 2;
    }
}
