package org.aibubble.sim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.math3.analysis.interpolation.LoessInterpolator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * What each swept parameter does to each key outcome: per outcome one figure, one panel per parameter
 * (at most {@value #PANELS} to a figure), the outcome on a shared vertical axis. Dots are runs (for the
 * bust, design points: the share of the point's runs that bust); the line is a LOESS smoother (Commons
 * Math {@link LoessInterpolator}, local linear, bandwidth {@value #BANDWIDTH}, no robustness iterations, so
 * it estimates the mean and, for the bust, the odds) through the mean outcome at each distinct parameter
 * value weighted by its runs, held within the range of those means (a local line overshoots at the edges). A parameter with fewer than {@value #MIN_LOESS} distinct values, or named
 * values, gets the mean at each value instead (binned means), its runs spread sideways so they do not hide
 * each other. A parameter swept on a log scale ({@code scale: log} in the folder's {@code sweep.yaml}) gets a
 * log axis and a smoother over the logarithm of its values.
 */
final class OutcomeScatter {
    /** The outcome charted: the runs.csv column, its title, and whether it is a share (shown in %). */
    record Outcome(String column, String title, boolean share) {
    }

    /** The bust: a run busts when its {@code bust_month} is filled. */
    static final String BUST = "bust_month";
    /** The key outcomes, charted when runs.csv has them. */
    static final List<Outcome> KEY = List.of(new Outcome(BUST, "Share of runs that bust", true),
            new Outcome("max_drawdown", "Maximum drawdown of the AI index", true),
            new Outcome("capex_cut", "Capex cut from its peak", true),
            new Outcome("max_unemployment", "Highest unemployment", true),
            new Outcome("output_fall", "Fall of real output", true));
    static final int PANELS = 3;
    static final double BANDWIDTH = 0.5;
    static final int MIN_LOESS = 8;
    private static final Color DOTS = new Color(0, 114, 178, 110);
    private static final Color LINE = new Color(213, 94, 0);

    private OutcomeScatter() {
    }

    /**
     * @param runs       the finished runs
     * @param parameters the swept parameters (columns of {@code runs})
     * @param logScaled  the parameters swept evenly in their logarithm: a log axis, and the smoother in the log
     * @return the figures, one per key outcome the table has and group of up to {@value #PANELS} parameters
     */
    static List<Figure> of(CsvTable runs, List<String> parameters, Set<String> logScaled) {
        List<Figure> out = new ArrayList<>();
        List<String> present = parameters.stream().filter(runs::has).toList();
        if (present.isEmpty() || runs.rows().isEmpty()) {
            return out;
        }
        String point = runs.firstPresent("point_id", "point");
        for (Outcome o : KEY) {
            if (!runs.has(o.column())) {
                continue;
            }
            double[] y = runs.numbers(o.column());
            if (o.column().equals(BUST)) {
                for (int i = 0; i < y.length; i++) {
                    y[i] = Double.isNaN(y[i]) ? 0 : 1;
                }
            }
            for (int from = 0; from < present.size(); from += PANELS) {
                List<String> group = present.subList(from, Math.min(present.size(), from + PANELS));
                String suffix = present.size() > PANELS ? "-" + (from / PANELS + 1) : "";
                String file = "chart-scatter-" + o.column().replace('_', '-') + suffix + ".png";
                out.add(new Figure(file, caption(o), chart(runs, o, y, group, parameters, logScaled,
                        o.column().equals(BUST) ? point : null)));
            }
        }
        return out;
    }

    private static String caption(Outcome o) {
        return o.title() + " against each swept parameter. " + (o.column().equals(BUST)
                ? "Dots: design points (the share of their runs that bust); "
                : "Dots: runs; ") + "line: LOESS smoother of the mean (bandwidth " + BANDWIDTH
                + "), or the mean at each value for a parameter with few values.";
    }

    private static JFreeChart chart(CsvTable runs, Outcome o, double[] y, List<String> group, List<String> all,
            Set<String> logScaled, String pointColumn) {
        double scale = o.share() ? 100 : 1;
        NumberAxis range = new NumberAxis(o.share() ? "%" : o.column());
        range.setAutoRangeIncludesZero(o.column().equals(BUST));
        CombinedRangeXYPlot plot = new CombinedRangeXYPlot(range);
        plot.setGap(12);
        for (String parameter : group) {
            plot.add(panel(runs, parameter, SensitivityFigures.shortName(parameter, all), y, scale,
                    logScaled.contains(parameter), pointColumn));
        }
        JFreeChart chart = new JFreeChart(o.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        for (Object sub : plot.getSubplots()) {
            XYPlot p = (XYPlot) sub;
            p.setBackgroundPaint(Color.WHITE);
            p.setDomainGridlinePaint(ChartStyle.GRID);
            p.setRangeGridlinePaint(ChartStyle.GRID);
        }
        return chart;
    }

    private static XYPlot panel(CsvTable runs, String parameter, String label, double[] y, double scale,
            boolean logScaled, String pointColumn) {
        List<String> cells = runs.text(parameter);
        double[] x = numeric(cells);
        boolean log = logScaled && x != null && Arrays.stream(x).allMatch(v -> v > 0);
        List<String> names = x == null ? distinct(cells) : null;
        double[] position = new double[cells.size()];
        for (int i = 0; i < position.length; i++) {
            position[i] = x != null ? x[i] : names.indexOf(cells.get(i));
        }
        // the mean outcome and the run count at each distinct parameter value
        TreeMap<Double, double[]> byValue = new TreeMap<>();
        for (int i = 0; i < y.length; i++) {
            if (Double.isFinite(y[i])) {
                double[] sum = byValue.computeIfAbsent(position[i], k -> new double[2]);
                sum[0] += y[i];
                sum[1] += 1;
            }
        }
        boolean binned = names != null || byValue.size() < MIN_LOESS;
        double width = binned && !log ? 0.4 * smallestGap(byValue.keySet()) : 0;
        XYSeries dots = new XYSeries("runs", false, true);
        if (pointColumn != null) {
            pointDots(runs.text(pointColumn), position, y, scale, width, dots);
        } else {
            for (int i = 0; i < y.length; i++) {
                if (Double.isFinite(y[i])) {
                    dots.add(position[i] + width * spread(i), scale * y[i]);
                }
            }
        }
        XYSeries line = smoother(byValue, scale, binned, log);
        XYPlot plot = new XYPlot();
        ValueAxis axis;
        if (names != null) {
            SymbolAxis symbols = new SymbolAxis(label, names.toArray(new String[0]));
            symbols.setGridBandsVisible(false);
            symbols.setRange(-0.5, names.size() - 0.5);
            axis = symbols;
        } else if (log) {
            LogAxis logAxis = new LogAxis(label + " (log scale)");
            logAxis.setNumberFormatOverride(NumberFormat.getNumberInstance(Locale.ROOT));
            axis = logAxis;
        } else {
            NumberAxis n = new NumberAxis(label);
            n.setAutoRangeIncludesZero(false);
            axis = n;
        }
        axis.setLabelFont(ChartStyle.SMALL_FONT.deriveFont(12f));
        plot.setDomainAxis(axis);
        plot.setDataset(0, new XYSeriesCollection(line));
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, binned);
        lineRenderer.setSeriesPaint(0, LINE);
        lineRenderer.setSeriesStroke(0, new BasicStroke(2.5f));
        plot.setRenderer(0, lineRenderer);
        plot.setDataset(1, new XYSeriesCollection(dots));
        XYLineAndShapeRenderer dotRenderer = new XYLineAndShapeRenderer(false, true);
        dotRenderer.setSeriesPaint(0, DOTS);
        dotRenderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        plot.setRenderer(1, dotRenderer);
        return plot;
    }

    /** Adds one dot per design point: the mean of its runs' outcome (the bust share). */
    private static void pointDots(List<String> points, double[] position, double[] y, double scale, double width,
            XYSeries dots) {
        Map<String, double[]> byPoint = new TreeMap<>();
        for (int i = 0; i < y.length; i++) {
            double[] s = byPoint.computeIfAbsent(points.get(i), k -> new double[3]);
            s[0] += y[i];
            s[1] += 1;
            s[2] = position[i];
        }
        int k = 0;
        for (double[] s : byPoint.values()) {
            dots.add(s[2] + width * spread(k++), scale * s[0] / s[1]);
        }
    }

    /**
     * @param log whether distances between values count in their logarithm (a parameter swept on a log scale)
     * @return the smoother through the mean outcome at each value: LOESS, or the means themselves
     */
    static XYSeries smoother(TreeMap<Double, double[]> byValue, double scale, boolean binned, boolean log) {
        XYSeries line = new XYSeries(binned ? "mean at each value" : "LOESS", false, true);
        double[] x = new double[byValue.size()];
        double[] mean = new double[x.length];
        double[] weight = new double[x.length];
        int k = 0;
        for (Map.Entry<Double, double[]> e : byValue.entrySet()) {
            x[k] = e.getKey();
            mean[k] = e.getValue()[0] / e.getValue()[1];
            weight[k] = e.getValue()[1];
            k++;
        }
        double[] at = log ? Arrays.stream(x).map(Math::log10).toArray() : x;
        double[] fitted = binned || x.length < 2 ? mean : new LoessInterpolator(BANDWIDTH, 0).smooth(at, mean, weight);
        double lowest = Arrays.stream(mean).min().orElse(Double.NaN);
        double highest = Arrays.stream(mean).max().orElse(Double.NaN);
        for (int i = 0; i < x.length; i++) {
            if (Double.isFinite(fitted[i])) {
                // a local line can overshoot at the edges: keep the smoother within the means it smooths (a share in [0, 1])
                line.add(x[i], scale * Math.max(lowest, Math.min(highest, fitted[i])));
            }
        }
        return line;
    }

    /** @return a fixed sideways offset in [-0.5, 0.5) for the i-th dot (the golden-ratio sequence): no randomness */
    private static double spread(int i) {
        return (i * 0.6180339887498949) % 1.0 - 0.5;
    }

    /** @return the smallest distance between two of the values, 1 for a single value */
    private static double smallestGap(Set<Double> values) {
        double gap = Double.POSITIVE_INFINITY;
        Double last = null;
        for (double v : values) {
            if (last != null) {
                gap = Math.min(gap, v - last);
            }
            last = v;
        }
        return Double.isFinite(gap) ? gap : 1;
    }

    /** @return the cells as numbers, or null if one is not a finite number */
    private static double[] numeric(List<String> cells) {
        double[] out = new double[cells.size()];
        for (int i = 0; i < out.length; i++) {
            try {
                out[i] = Double.parseDouble(cells.get(i).trim());
            } catch (NumberFormatException e) {
                return null;
            }
            if (!Double.isFinite(out[i])) {
                return null;
            }
        }
        return out;
    }

    private static List<String> distinct(List<String> cells) {
        List<String> out = new ArrayList<>();
        cells.forEach(c -> {
            if (!out.contains(c)) {
                out.add(c);
            }
        });
        out.sort(null);
        return out;
    }
}
