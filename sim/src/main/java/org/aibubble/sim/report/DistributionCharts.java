package org.aibubble.sim.report;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;

/** Histograms and bar charts for the reports of sweeps, ensembles and branches. */
public final class DistributionCharts {
    private DistributionCharts() {
    }

    /**
     * @param title  the chart title
     * @param xLabel what is counted, with its unit
     * @param values the values (NaN ignored)
     * @param bins   the number of bins, at least 1
     * @return a histogram of the finite values (an empty plot if there are none)
     */
    public static JFreeChart histogram(String title, String xLabel, double[] values, int bins) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        HistogramDataset data = new HistogramDataset();
        if (finite.length > 0) {
            double min = Arrays.stream(finite).min().orElseThrow();
            double max = Arrays.stream(finite).max().orElseThrow();
            if (max == min) {
                min -= 0.5;
                max += 0.5;
            }
            data.addSeries(xLabel, finite, bins, min, max);
        }
        JFreeChart chart = ChartFactory.createHistogram(title, xLabel, "runs", data, PlotOrientation.VERTICAL,
                false, false, false);
        XYPlot plot = chart.getXYPlot();
        XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartStyle.colour(0));
        renderer.setDrawBarOutline(true);
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        ChartStyle.apply(chart);
        return chart;
    }

    /**
     * @param title      the chart title
     * @param categoryLabel what the categories are (x axis label)
     * @param valueLabel the value axis label, with its unit
     * @param categories the category of each bar group (x axis)
     * @param seriesNames the name of each series (one bar per series in each group)
     * @param values     {@code values[series][category]}
     * @return a grouped bar chart
     */
    public static JFreeChart bars(String title, String categoryLabel, String valueLabel, List<String> categories,
            List<String> seriesNames,
            double[][] values) {
        return bars(title, categoryLabel, valueLabel, categories, seriesNames, values, new BarRenderer());
    }

    /**
     * As {@link #bars(String, String, String, List, List, double[][])}, drawn by {@code renderer} (e.g. one that
     * adds whiskers).
     */
    static JFreeChart bars(String title, String categoryLabel, String valueLabel, List<String> categories,
            List<String> seriesNames, double[][] values, BarRenderer renderer) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int s = 0; s < seriesNames.size(); s++) {
            for (int c = 0; c < categories.size(); c++) {
                data.addValue(Double.isFinite(values[s][c]) ? values[s][c] : null, seriesNames.get(s), categories.get(c));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(title, categoryLabel, valueLabel, data, PlotOrientation.VERTICAL,
                seriesNames.size() > 1, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setRenderer(renderer);
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        for (int s = 0; s < seriesNames.size(); s++) {
            renderer.setSeriesPaint(s, ChartStyle.colour(s));
        }
        if (categories.size() > 8) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        ChartStyle.apply(chart);
        return chart;
    }
}
