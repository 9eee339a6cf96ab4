package org.aibubble.sim.gui;

/**
 * One line on a time-series chart: a column of the monthly series and how it is shown.
 *
 * @param column the series column name, as in {@code series.csv}
 * @param label  the legend label
 * @param scale  how the recorded value is shown
 */
public record SeriesSpec(String column, String label, SeriesScale scale) {
}
