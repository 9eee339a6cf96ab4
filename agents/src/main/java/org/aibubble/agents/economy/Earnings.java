package org.aibubble.agents.economy;

import java.io.Serializable;

/**
 * A firm's earnings over the last twelve months, from its monthly profit after tax (NaN until the first
 * month has been settled), and the dividend it last paid, from which the next one adjusts.
 */
public final class Earnings implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double[] months = new double[12];
    private int recorded;
    private double last;
    private double dividend = Double.NaN;

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

    /**
     * Lintner's (1956) partial adjustment: the dividend closes {@code adjustment} of its gap to the target each
     * month; the first dividend is the target.
     *
     * @param target     the dividend the payout ratio asks for this month, USD bn
     * @param adjustment share of the gap closed per month, in (0, 1]
     * @return the dividend to pay this month, USD bn
     */
    public double dividendToward(double target, double adjustment) {
        return Double.isNaN(dividend) ? target : dividend + adjustment * (target - dividend);
    }

    /** Records the dividend paid this month, USD bn. */
    public void recordDividend(double paid) {
        dividend = paid;
    }

    /** @return the last month's profit after tax, USD bn */
    public double last() {
        return last;
    }
}
