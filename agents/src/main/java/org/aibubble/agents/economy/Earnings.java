package org.aibubble.agents.economy;

import java.io.Serializable;
import java.util.Arrays;

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
            Arrays.fill(months, profit);
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
     * This month's dividend, by Lintner's (1956) partial adjustment: it closes {@code adjustment} of its gap each
     * month to the target {@code payout} times average monthly earnings of the last twelve months (never below
     * 0); the first dividend is the target. At most {@code payable}; what is paid is the base of next month's.
     *
     * @param payout     share of trailing earnings the firm aims to pay out
     * @param adjustment share of the gap closed per month, in (0, 1]
     * @param payable    the most the firm can pay this month, USD bn
     * @return the dividend to pay this month, USD bn
     */
    public double nextDividend(double payout, double adjustment, double payable) {
        double target = payout * Math.max(0, trailing() / 12);
        double adjusted = Double.isNaN(dividend) ? target : dividend + adjustment * (target - dividend);
        dividend = Math.min(adjusted, payable);
        return dividend;
    }

    /** @return the last month's profit after tax, USD bn */
    public double last() {
        return last;
    }
}
