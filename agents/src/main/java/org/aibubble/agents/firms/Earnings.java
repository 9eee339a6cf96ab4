package org.aibubble.agents.firms;

import java.io.Serializable;

/**
 * A firm's earnings over the last twelve months, from its monthly profit after tax; NaN until the
 * first month has been settled.
 */
public final class Earnings implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double[] months = new double[12];
    private int recorded;
    private double last;

    /** Records this month's profit after tax, USD bn. */
    public void record(double profit) {
        if (recorded == 0) {
            java.util.Arrays.fill(months, profit);
        }
        months[recorded % 12] = profit;
        recorded++;
        last = profit;
    }

    /** @return the sum of the last twelve months' profit, USD bn per year (NaN before the first record) */
    public double trailing() {
        if (recorded == 0) {
            return Double.NaN;
        }
        double total = 0;
        for (double m : months) {
            total += m;
        }
        return total;
    }

    /** @return the last month's profit after tax, USD bn */
    public double last() {
        return last;
    }
}
