package org.aibubble.sim.gui;

import java.util.List;

import org.aibubble.agents.economy.SeriesColumns;
import org.aibubble.sim.format.NumberText;
import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.data.xy.XYDataset;

/**
 * The readout a chart shows when the pointer rests on a point of a line: the line's label, the month and
 * the value with its unit ({@code h1, month 57: $41.97 bn / month}, {@code policy rate (%), month 12:
 * 3.625%}), written by {@link NumberText#withUnit} instead of JFreeChart's raw {@code (57, 41.968)}. The
 * unit is the column's in {@link SeriesColumns}, or what the line's {@link SeriesScale} turns it into.
 */
final class ChartReadout implements XYToolTipGenerator {
    private final List<SeriesSpec> lines;

    /** @param lines the chart's lines, in the order they were added (the dataset's series order) */
    ChartReadout(List<SeriesSpec> lines) {
        this.lines = List.copyOf(lines);
    }

    @Override
    public String generateToolTip(XYDataset dataset, int series, int item) {
        double month = dataset.getXValue(series, item);
        double y = dataset.getYValue(series, item);
        String label = series < lines.size() ? lines.get(series).label() : String.valueOf(dataset.getSeriesKey(series));
        String value = series < lines.size() ? value(lines.get(series), y) : NumberText.display(y);
        return label + ", month " + NumberText.display(month) + ": " + value;
    }

    /**
     * @param line    a chart line
     * @param plotted the value as plotted (after the line's scale)
     * @return the value with its unit
     */
    static String value(SeriesSpec line, double plotted) {
        return switch (line.scale()) {
            case AS_RECORDED -> NumberText.withUnit(plotted,
                    NumberText.Unit.ofSeries(SeriesColumns.describe(line.column()).unit()));
            case PERCENT, SHARE_OF_SUM -> NumberText.withUnit(plotted / 100.0, NumberText.Unit.PERCENT);
            case TRILLIONS -> NumberText.withUnit(plotted, NumberText.Unit.USD_TN);
            case INDEX_TO_START -> NumberText.withUnit(plotted, NumberText.Unit.PLAIN);
        };
    }
}
