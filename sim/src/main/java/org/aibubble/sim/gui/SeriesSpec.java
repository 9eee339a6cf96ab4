package org.aibubble.sim.gui;

import java.util.List;

/**
 * One line on a time-series chart: a column of the monthly series and how it is shown.
 *
 * @param column the series column name, as in {@code series.csv}
 * @param label  the legend label
 * @param scale  how the recorded value is shown
 * @param sumOf  for {@link SeriesScale#SHARE_OF_SUM}: the columns whose sum is the whole (else empty)
 */
public record SeriesSpec(String column, String label, SeriesScale scale, List<String> sumOf) {
    /** Copies the list; a share of a sum needs the columns of the sum. */
    public SeriesSpec {
        sumOf = List.copyOf(sumOf);
        if ((scale == SeriesScale.SHARE_OF_SUM) == sumOf.isEmpty()) {
            throw new IllegalArgumentException("line " + column + ": columns of the sum are needed for, and only for, "
                    + SeriesScale.SHARE_OF_SUM);
        }
    }

    /**
     * A line of one column.
     *
     * @param column the column
     * @param label  the legend label
     * @param scale  how it is shown (not {@link SeriesScale#SHARE_OF_SUM})
     */
    public SeriesSpec(String column, String label, SeriesScale scale) {
        this(column, label, scale, List.of());
    }
}
