package org.aibubble.sim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.aibubble.sim.sweep.output.SeriesQuantiles;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
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
    private static final Color OUTER = new Color(120, 160, 210);
    private static final Color INNER = new Color(40, 90, 170);

    private FanCharts() {
    }

    /**
     * @param table quantiles by month in the layout of {@link SeriesQuantiles#FILE}
     * @return a figure per charted column the table has
     */
    static List<Figure> of(CsvTable table) {
        for (String c : SeriesQuantiles.HEADER) {
            table.text(c);
        }
        List<String> columns = table.text("column");
        double[] month = table.numbers("month");
        double[][] p = new double[SeriesQuantiles.PERCENTS.length][];
        for (int i = 0; i < p.length; i++) {
            p[i] = table.numbers(SeriesQuantiles.HEADER.get(3 + i));
        }
        List<Figure> figures = new ArrayList<>();
        for (Shown s : SHOWN) {
            YIntervalSeries middle = new YIntervalSeries("middle half of runs (25th-75th percentile)");
            YIntervalSeries most = new YIntervalSeries("90% of runs (5th-95th percentile); line: median");
            for (int r = 0; r < columns.size(); r++) {
                if (columns.get(r).equals(s.column())) {
                    double median = s.scale() * p[2][r];
                    middle.add(month[r], median, s.scale() * p[1][r], s.scale() * p[3][r]);
                    most.add(month[r], median, s.scale() * p[0][r], s.scale() * p[4][r]);
                }
            }
            if (middle.getItemCount() > 0) {
                figures.add(new Figure("chart-fan-" + s.column().replace('_', '-') + ".png", s.title()
                        + " across runs by month (series_quantiles.csv): the median, the middle half of runs and 90% "
                        + "of them. A band is the spread of the runs at each month, not the path of any one run.",
                        chart(s, middle, most)));
            }
        }
        return figures;
    }

    private static JFreeChart chart(Shown s, YIntervalSeries middle, YIntervalSeries most) {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(new NumberAxis("month"));
        NumberAxis axis = new NumberAxis(s.axis());
        axis.setAutoRangeIncludesZero(false);
        plot.setRangeAxis(axis);
        plot.setDataset(0, new YIntervalSeriesCollection());
        ((YIntervalSeriesCollection) plot.getDataset(0)).addSeries(middle);
        plot.setRenderer(0, band(INNER, 0.45f));
        YIntervalSeriesCollection outer = new YIntervalSeriesCollection();
        outer.addSeries(most);
        plot.setDataset(1, outer);
        plot.setRenderer(1, band(OUTER, 0.3f));
        JFreeChart chart = new JFreeChart(s.title() + " across runs", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        return chart;
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
