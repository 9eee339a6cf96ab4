package org.aibubble.sim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.aibubble.sim.sweep.output.SeriesQuantiles;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.ui.Layer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Fan charts of key series over time, from an ensemble's {@link SeriesQuantiles#FILE} (or the same table
 * computed from a sweep's kept series): per month the
 * median across runs, the band of the middle half of runs (25th-75th percentile) and the band of 90% of them
 * (5th-95th). Columns the file does not have are left out.
 */
final class FanCharts {
    /** A charted column: its title, axis label and the factor that takes its unit to the axis's. */
    private record Shown(String column, String title, String axis, double scale) {
    }

    private static final List<Shown> SHOWN = List.of(
            new Shown("ai_index", "AI equity index", "index level (100 at the start)", 1),
            new Shown("capex_total", "Hyperscaler capex", "USD billions per month", 1),
            new Shown("output", "Output (real)", "USD billions per month, starting prices", 1),
            new Shown("unemployment", "Unemployment", "% of the labour force", 100),
            new Shown("inflation", "Inflation", "% per year", 100),
            new Shown("policy_rate", "Policy rate", "% per year", 100));
    /**
     * Below this a difference band is no difference (rounding at most): its axis shows one unit either side of 0,
     * not the rounding magnified to fill the chart.
     */
    private static final double NO_DIFFERENCE = 1e-9;
    private static final Color OUTER = new Color(120, 160, 210);
    private static final Color INNER = new Color(40, 90, 170);

    private FanCharts() {
    }

    /**
     * @param table quantiles by month in the layout of {@link SeriesQuantiles#FILE}
     * @param start the calendar month of month 0 ({@code run.start}), or null for plain month numbers
     * @return a figure per charted column the table has
     */
    static List<Figure> of(CsvTable table, YearMonth start) {
        for (String c : SeriesQuantiles.HEADER) {
            table.text(c);
        }
        List<Figure> figures = new ArrayList<>();
        for (Shown s : SHOWN) {
            YIntervalSeries[] bands = bands(table, s.column(), s.scale(), "middle half of runs (25th-75th percentile)",
                    "90% of runs (5th-95th percentile); line: median");
            if (bands[0].getItemCount() > 0) {
                figures.add(new Figure("chart-fan-" + s.column().replace('_', '-') + ".png", s.title()
                        + " across runs by month (series_quantiles.csv): the median, the middle half of runs and 90% "
                        + "of them. A band is the spread of the runs at each month, not the path of any one run.",
                        chart(s.title() + " across runs", s.axis(), bands, false, start)));
            }
        }
        return figures;
    }

    /**
     * @param file   a long table of quantiles by month and column
     * @param header the columns it must have
     * @return the table
     * @throws ReportException if it is missing, malformed or lacks a column
     */
    static CsvTable read(Path file, List<String> header) {
        CsvTable table = CsvTable.read(file);
        for (String c : header) {
            if (!table.has(c)) {
                throw new ReportException(file + " has no column " + c + " (has " + table.header() + ")");
            }
        }
        return table;
    }

    /**
     * @param table  a long table of quantiles: {@code month}, {@code column} and the percentiles {@code p5} to
     *               {@code p95} ({@link SeriesQuantiles#PERCENTS})
     * @param column the series whose rows to take
     * @param scale  the factor that takes the series' unit to the axis's
     * @param middle the legend of the 25th-75th percentile band
     * @param most   the legend of the 5th-95th percentile band
     * @return the two bands, each around the median: {25-75, 5-95}; empty when the table lacks the series
     */
    static YIntervalSeries[] bands(CsvTable table, String column, double scale, String middle, String most) {
        List<String> columns = table.text("column");
        double[] month = table.numbers("month");
        double[][] p = new double[SeriesQuantiles.PERCENTS.length][];
        for (int i = 0; i < p.length; i++) {
            p[i] = table.numbers(SeriesQuantiles.HEADER.get(3 + i));
        }
        YIntervalSeries inner = new YIntervalSeries(middle);
        YIntervalSeries outer = new YIntervalSeries(most);
        for (int r = 0; r < columns.size(); r++) {
            if (columns.get(r).equals(column)) {
                double median = scale * p[2][r];
                inner.add(month[r], median, scale * p[1][r], scale * p[3][r]);
                outer.add(month[r], median, scale * p[0][r], scale * p[4][r]);
            }
        }
        return new YIntervalSeries[] {inner, outer};
    }

    /**
     * @param title     the chart's title
     * @param axisLabel the value axis's label
     * @param bands     {25-75, 5-95} around the median, from {@link #bands}
     * @param zeroLine  whether to draw a line at 0 and keep 0 in the axis's range (for differences)
     * @param start     the calendar month of month 0, or null for plain month numbers
     * @return the chart: the median line, the inner band darker
     */
    static JFreeChart chart(String title, String axisLabel, YIntervalSeries[] bands, boolean zeroLine, YearMonth start) {
        XYPlot plot = new XYPlot();
        int n = bands[0].getItemCount();
        plot.setDomainAxis(MonthAxis.of(start, n == 0 ? 0 : bands[0].getX(n - 1).doubleValue()));
        NumberAxis axis = new NumberAxis(axisLabel);
        axis.setAutoRangeIncludesZero(zeroLine);
        plot.setRangeAxis(axis);
        YIntervalSeriesCollection inner = new YIntervalSeriesCollection();
        inner.addSeries(bands[0]);
        plot.setDataset(0, inner);
        plot.setRenderer(0, band(INNER, 0.45f));
        YIntervalSeriesCollection outer = new YIntervalSeriesCollection();
        outer.addSeries(bands[1]);
        plot.setDataset(1, outer);
        plot.setRenderer(1, band(OUTER, 0.3f));
        if (zeroLine) {
            plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1.2f)), Layer.FOREGROUND);
            if (largest(bands[1]) < NO_DIFFERENCE) {
                axis.setRange(-1, 1);
            }
        }
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        return chart;
    }

    /** @return the largest absolute value of a band's bounds */
    private static double largest(YIntervalSeries band) {
        double max = 0;
        for (int i = 0; i < band.getItemCount(); i++) {
            max = Math.max(max, Math.max(Math.abs(band.getYLowValue(i)), Math.abs(band.getYHighValue(i))));
        }
        return max;
    }

    private static DeviationRenderer band(Color colour, float alpha) {
        DeviationRenderer r = new DeviationRenderer(true, false);
        r.setSeriesPaint(0, colour.darker());
        r.setSeriesFillPaint(0, colour);
        r.setSeriesStroke(0, new BasicStroke(2.0f));
        r.setAlpha(alpha);
        return r;
    }
}
