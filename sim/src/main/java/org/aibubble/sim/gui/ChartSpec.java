package org.aibubble.sim.gui;

import java.util.ArrayList;
import java.util.List;

/**
 * One time-series chart window: its title, the unit of its vertical axis and its lines. Lines are
 * either fixed columns or, for per-agent series such as {@code capex_<id>}, every column that starts
 * with a prefix (minus excluded columns), resolved once the economy's columns are known.
 *
 * @param title        the window and chart title
 * @param yLabel       the vertical axis label, with units
 * @param series       the fixed lines, in legend order
 * @param columnPrefix if not empty, one more line per column with this prefix (labelled without it)
 * @param excluded     columns the prefix must not pick up (e.g. {@code capex_total})
 */
public record ChartSpec(String title, String yLabel, List<SeriesSpec> series, String columnPrefix,
        List<String> excluded) {
    /** Copies the lists. */
    public ChartSpec {
        series = List.copyOf(series);
        excluded = List.copyOf(excluded);
    }

    /**
     * A chart of fixed lines.
     *
     * @param title  the title
     * @param yLabel the axis label
     * @param series the lines
     */
    public ChartSpec(String title, String yLabel, List<SeriesSpec> series) {
        this(title, yLabel, series, "", List.of());
    }

    /**
     * @param columns the columns the economy records
     * @return the lines of this chart for those columns
     * @throws IllegalArgumentException if a fixed line's column is not recorded, or the chart would be empty
     */
    public List<SeriesSpec> linesFor(List<String> columns) {
        List<SeriesSpec> lines = new ArrayList<>();
        for (SeriesSpec line : series) {
            List<String> needed = new ArrayList<>(line.sumOf());
            needed.add(line.column());
            for (String column : needed) {
                if (!columns.contains(column)) {
                    throw new IllegalArgumentException("chart '" + title + "' needs series column '" + column
                            + "', which the economy does not record");
                }
            }
            lines.add(line);
        }
        if (!columnPrefix.isEmpty()) {
            for (String column : columns) {
                if (column.startsWith(columnPrefix) && !excluded.contains(column)) {
                    lines.add(new SeriesSpec(column, column.substring(columnPrefix.length()), SeriesScale.AS_RECORDED));
                }
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("chart '" + title + "' has no series among the recorded columns");
        }
        return lines;
    }
}
