package org.aibubble.agents.policy;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The last few monthly readings of one series, newest last, for the Fed's smoothed data. Before the
 * window has filled, the first reading stands for the months before the start (the opening books are a
 * steady state).
 */
final class ReadingHistory implements Serializable {
    private static final long serialVersionUID = 1L;
    private final double[] values;
    private boolean started;

    /** @param months how many months it keeps */
    ReadingHistory(int months) {
        values = new double[months];
    }

    /** Adds this month's reading, dropping the oldest. */
    void add(double reading) {
        if (!started) {
            Arrays.fill(values, reading);
            started = true;
            return;
        }
        System.arraycopy(values, 1, values, 0, values.length - 1);
        values[values.length - 1] = reading;
    }

    /** @return the readings, oldest first (a copy) */
    double[] oldestFirst() {
        return values.clone();
    }
}
