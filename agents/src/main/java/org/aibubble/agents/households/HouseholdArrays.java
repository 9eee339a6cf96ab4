package org.aibubble.agents.households;

import java.io.Serializable;

/**
 * The per-household state, one primitive array per field, households grouped contiguously by group of the K
 * (indices {@code [0, end(0))} TOP, then MIDDLE, then BOTTOM, so the group is known from the index and costs no
 * memory). Money in USD per real household. Every field, its type, and why the type is enough:
 *
 * <table>
 * <caption>Per-household fields (37 bytes)</caption>
 * <tr><th>field</th><th>type</th><th>bytes</th><th>why</th></tr>
 * <tr><td>deposits</td><td>double</td><td>8</td><td>money checked against the ledger every month: the group sums
 * must match the ledger's deposits to 1e-8; float rounding (6e-8 per update, accumulating every month) would not
 * hold that</td></tr>
 * <tr><td>debt</td><td>double</td><td>8</td><td>card debt, checked against the ledger's consumer credit, as
 * deposits</td></tr>
 * <tr><td>wage</td><td>float</td><td>4</td><td>a parameter drawn once; 7 significant digits of a wage</td></tr>
 * <tr><td>share</td><td>float</td><td>4</td><td>weight in the group's portfolio, drawn once; the group total is
 * summed in double from the stored floats, so shares still add up exactly to what the group owns</td></tr>
 * <tr><td>wealthSmoothed</td><td>float</td><td>4</td><td>a behavioural state (lagged wealth) that never enters the
 * books; its rounding (6e-8 of wealth) moves spending by under a cent a month</td></tr>
 * <tr><td>wealthEffect</td><td>float</td><td>4</td><td>a behavioural state: spending the wealth changes so far
 * still move, USD a month (0 at the start); 7 significant digits of a few hundred dollars</td></tr>
 * <tr><td>consumption</td><td>float</td><td>4</td><td>last month's spending, for inspection only; the totals are
 * summed in double before rounding</td></tr>
 * <tr><td>flags</td><td>byte</td><td>1</td><td>bits: employed, trend follower, delinquent</td></tr>
 * </table>
 */
final class HouseholdArrays implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Flag bit: has a job. */
    static final int EMPLOYED = 1;
    /** Flag bit: follows the trend (investing groups). */
    static final int TREND = 2;
    /** Flag bit: card debt delinquent. */
    static final int DELINQUENT = 4;

    /** Bytes of all per-household fields. */
    static final int BYTES_PER_HOUSEHOLD = 2 * Double.BYTES + 5 * Float.BYTES + Byte.BYTES;
    /**
     * Bytes the monthly pass touches per household: it reads deposits, debt, wage, share, wealthSmoothed,
     * wealthEffect and flags (33 bytes) and writes deposits, debt, wealthSmoothed, wealthEffect, consumption
     * and flags (29 bytes).
     */
    static final int BYTES_TOUCHED_PER_MONTH = 2 * Double.BYTES + 4 * Float.BYTES + Byte.BYTES
            + 2 * Double.BYTES + 3 * Float.BYTES + Byte.BYTES;

    final int size;
    final int[] groupEnd;
    final double[] deposits;
    final double[] debt;
    final float[] wage;
    final float[] share;
    final float[] wealthSmoothed;
    final float[] wealthEffect;
    final float[] consumption;
    final byte[] flags;

    /**
     * @param groupEnd one past the last index of each group, in group order; the last is the population size
     */
    HouseholdArrays(int[] groupEnd) {
        this.groupEnd = groupEnd.clone();
        this.size = groupEnd[groupEnd.length - 1];
        deposits = new double[size];
        debt = new double[size];
        wage = new float[size];
        share = new float[size];
        wealthSmoothed = new float[size];
        wealthEffect = new float[size];
        consumption = new float[size];
        flags = new byte[size];
    }

    /** @return the first index of group {@code g} */
    int start(int g) {
        return g == 0 ? 0 : groupEnd[g - 1];
    }

    /** @return one past the last index of group {@code g} */
    int end(int g) {
        return groupEnd[g];
    }

    /** @return the group of household {@code i} */
    int groupOf(int i) {
        int g = 0;
        while (i >= groupEnd[g]) {
            g++;
        }
        return g;
    }

    /** @return whether household {@code i} has flag {@code bit} */
    boolean has(int i, int bit) {
        return (flags[i] & bit) != 0;
    }
}
