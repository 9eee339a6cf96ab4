package org.aibubble.sim.run;

import java.util.List;

/** A recorded value is NaN or infinite: the model's arithmetic blew up, so the run cannot go on. */
public final class NumericBlowUpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param month  the month (0-based) whose row holds the value
     * @param column the column
     * @param value  the non-finite value
     */
    public NumericBlowUpException(int month, String column, double value) {
        super("numeric blow-up at month " + month + ": " + column + " = " + value);
    }

    /**
     * @throws NumericBlowUpException on the first non-finite value of {@code row}
     */
    static void check(int month, List<String> columns, double[] row) {
        for (int i = 0; i < row.length; i++) {
            if (!Double.isFinite(row[i])) {
                throw new NumericBlowUpException(month, columns.get(i), row[i]);
            }
        }
    }
}
