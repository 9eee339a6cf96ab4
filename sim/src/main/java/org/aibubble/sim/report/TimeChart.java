package org.aibubble.sim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.RectangleInsets;
import org.jfree.ui.TextAnchor;

/**
 * A line chart over months: lines on a left axis, optionally lines on a right axis, shaded month bands
 * behind them (the bust, the Fed's tiers) and dashed event lines in front (the peak, lab failures, QE),
 * whose labels are stacked in rows where they would overlap; the time axis in calendar months when
 * {@link #dated} is given the start. Built step by step, then {@link #build()}.
 */
public final class TimeChart {
    private final String title;
    private final String leftLabel;
    private final List<Line> left = new ArrayList<>();
    private final List<Line> right = new ArrayList<>();
    private final List<Band> bands = new ArrayList<>();
    private final List<Band> lines = new ArrayList<>();
    private String rightLabel = "";
    private YearMonth start;

    /** One line: its legend label, x (months) and y values. */
    private record Line(String label, double[] x, double[] y) {
    }

    /** Event labels closer than this share of the months shown go on separate rows, so they do not overlap. */
    private static final double LABEL_APART = 0.13;
    /** Pixels from the top of the plot to the first row of event labels (below the band labels). */
    private static final double LABEL_TOP = 16;
    /** Pixels between rows of event labels. */
    private static final double LABEL_ROW = 13;

    /** A shaded band from month {@code from} to month {@code to}. */
    private record Band(double from, double to, Color color, String label) {
    }

    /**
     * @param title     the chart title
     * @param leftLabel the label of the left value axis, with its unit
     */
    public TimeChart(String title, String leftLabel) {
        this.title = title;
        this.leftLabel = leftLabel;
    }

    /** Adds a line on the left axis. @return this */
    public TimeChart line(String label, double[] months, double[] values) {
        left.add(new Line(label, months, values));
        return this;
    }

    /** Adds a line on the right axis, whose label is {@code axisLabel}. @return this */
    public TimeChart rightLine(String axisLabel, String label, double[] months, double[] values) {
        rightLabel = axisLabel;
        right.add(new Line(label, months, values));
        return this;
    }

    /** Shades months {@code from..to} behind the lines, labelled {@code label}. @return this */
    public TimeChart band(double from, double to, Color color, String label) {
        bands.add(new Band(from, to, color, label));
        return this;
    }

    /** Draws a vertical line at month {@code at}, labelled {@code label}. @return this */
    public TimeChart verticalLine(double at, String label) {
        return event(at, label, Color.DARK_GRAY);
    }

    /** Draws a dashed vertical line in {@code color} at month {@code at}, labelled {@code label}. @return this */
    public TimeChart event(double at, String label, Color color) {
        lines.add(new Band(at, at, color, label));
        return this;
    }

    /** Labels the time axis with calendar months, month 0 being {@code start}. @return this */
    public TimeChart dated(YearMonth start) {
        this.start = start;
        return this;
    }

    /** @return whether the chart has at least one line */
    public boolean hasLines() {
        return !left.isEmpty() || !right.isEmpty();
    }

    /** @return the chart, styled for the report */
    public JFreeChart build() {
        XYPlot plot = new XYPlot();
        plot.setDomainAxis(MonthAxis.of(start, span(left)));
        NumberAxis leftAxis = new NumberAxis(leftLabel);
        leftAxis.setAutoRangeIncludesZero(false);
        leftAxis.setAutoRangeMinimumSize(flatRange(left));
        plot.setRangeAxis(0, leftAxis);
        plot.setDataset(0, dataset(left));
        plot.setRenderer(0, renderer(0));
        if (!right.isEmpty()) {
            NumberAxis rightAxis = new NumberAxis(rightLabel);
            rightAxis.setAutoRangeIncludesZero(false);
            rightAxis.setAutoRangeMinimumSize(flatRange(right));
            plot.setRangeAxis(1, rightAxis);
            plot.setDataset(1, dataset(right));
            plot.mapDatasetToRangeAxis(1, 1);
            plot.setRenderer(1, renderer(left.size()));
        }
        for (Band b : bands) {
            plot.addDomainMarker(marker(b), Layer.BACKGROUND);
        }
        List<Band> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(Band::from));
        double apart = LABEL_APART * Math.max(1, span(left.isEmpty() ? right : left));
        List<Double> rowEnds = new ArrayList<>();
        for (Band l : sorted) {
            ValueMarker m = new ValueMarker(l.from(), l.color(), new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 1f, new float[] {6f, 4f}, 0f));
            m.setLabel(l.label());
            m.setLabelFont(ChartStyle.SMALL_FONT);
            m.setLabelPaint(l.color().darker());
            m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            m.setLabelOffset(new RectangleInsets(LABEL_TOP + LABEL_ROW * row(rowEnds, l.from(), apart), 2, 2, 2));
            plot.addDomainMarker(m, Layer.FOREGROUND);
        }
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        return chart;
    }

    /** @return the first label row whose last label is at least {@code apart} months before {@code at}; taken */
    private static int row(List<Double> rowEnds, double at, double apart) {
        for (int r = 0; r < rowEnds.size(); r++) {
            if (at - rowEnds.get(r) >= apart) {
                rowEnds.set(r, at);
                return r;
            }
        }
        rowEnds.add(at);
        return rowEnds.size() - 1;
    }

    /** @return the months the lines span (last x minus first), 0 without lines */
    private static double span(List<Line> lines) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            for (double x : l.x()) {
                min = Math.min(min, x);
                max = Math.max(max, x);
            }
        }
        return max > min ? max - min : 0;
    }

    /**
     * @return the smallest range an axis shows: a tenth of its largest absolute value, or 1 if every value is 0,
     *         so that a flat line (QE that never runs) gets a readable axis instead of one of +-5e-9
     */
    private static double flatRange(List<Line> lines) {
        double largest = 0;
        for (Line l : lines) {
            for (double v : l.y()) {
                if (Double.isFinite(v)) {
                    largest = Math.max(largest, Math.abs(v));
                }
            }
        }
        return largest > 0 ? largest / 10 : 1;
    }

    private static XYSeriesCollection dataset(List<Line> lines) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (Line l : lines) {
            XYSeries s = new XYSeries(l.label(), false, true);
            for (int i = 0; i < l.x().length; i++) {
                s.add(l.x()[i], Double.isNaN(l.y()[i]) ? null : l.y()[i]);
            }
            data.addSeries(s);
        }
        return data;
    }

    private static XYLineAndShapeRenderer renderer(int colourOffset) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < ChartStyle.PALETTE.size(); i++) {
            r.setSeriesPaint(i, ChartStyle.colour(colourOffset + i));
            r.setSeriesStroke(i, new BasicStroke(2.0f));
        }
        return r;
    }

    private static IntervalMarker marker(Band b) {
        IntervalMarker m = new IntervalMarker(b.from(), b.to());
        m.setPaint(b.color());
        m.setAlpha(0.25f);
        m.setLabel(b.label());
        m.setLabelFont(ChartStyle.SMALL_FONT);
        m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return m;
    }
}
