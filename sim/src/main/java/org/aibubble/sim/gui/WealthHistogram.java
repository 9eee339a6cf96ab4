package org.aibubble.sim.gui;

import java.util.ArrayList;
import java.util.List;

import javax.swing.JFrame;

import org.aibubble.agents.economy.Economy;
import org.jfree.data.statistics.HistogramType;

import ec.util.MersenneTwisterFast;
import sim.display.ChartUtilities;
import sim.display.GUIState;
import sim.util.media.chart.HistogramGenerator;
import sim.util.media.chart.HistogramSeriesAttributes;

/**
 * A histogram of household net worth, one series per household group, redrawn every month: the K
 * as a distribution. Net worth spans six orders of magnitude and can be negative (card debt), so the
 * axis is a signed log: {@code sign(w) * log10(1 + |w|)} of net worth in USD. Each month up to
 * {@link #SAMPLE} households per group are drawn with the GUI's own random stream ({@code guirandom}),
 * never the model's, so large populations stay cheap to draw and results never change. The groups'
 * bars are see-through with solid outlines, so where two groups overlap both stay visible.
 */
final class WealthHistogram {
    /** Households drawn per group and month. */
    static final int SAMPLE = 2000;
    private static final int BINS = 40;
    /** Opacity of a group's bars: low enough that the groups drawn after it show through. */
    static final double FILL_OPACITY = 0.35;
    private static final double OUTLINE_THICKNESS = 1.5;

    private final HouseholdWealth source;
    private final List<HistogramSeriesAttributes> series = new ArrayList<>();
    private HistogramGenerator chart;
    private int groups;

    /** @param source where per-household net worth comes from */
    WealthHistogram(HouseholdWealth source) {
        this.source = source;
    }

    /**
     * Creates the histogram window and registers it with the controller.
     *
     * @param gui the GUI state
     * @return the window
     */
    JFrame createWindow(GUIState gui) {
        chart = ChartUtilities.buildHistogramGenerator(gui, "The K: household net worth by group",
                "share of the group's households");
        chart.setXAxisLabel("net worth, signed log10 USD (3 = $1k, 6 = $1m)");
        chart.setHistogramType(HistogramType.RELATIVE_FREQUENCY);
        chart.setProportion(WindowLayout.CHART_PROPORTION);
        ExportControls.hideUnavailable(chart);
        JFrame frame = chart.getFrame();
        frame.setBounds(WindowLayout.histogram());
        return frame;
    }

    /**
     * Replaces the series with the new run's groups and schedules their monthly redraw.
     *
     * @param gui     the GUI state (its model has just been started)
     * @param economy the economy of the new run
     */
    void attach(GUIState gui, Economy economy) {
        chart.removeAllSeries();
        series.clear();
        List<String> names = source.groupNames(economy);
        groups = names.size();
        MersenneTwisterFast guiRandom = gui.guirandom;
        for (int group = 0; group < names.size(); group++) {
            int g = group;
            HistogramSeriesAttributes bars = ChartUtilities.addSeries(chart, names.get(group), BINS);
            // See-through fills with solid outlines: a group drawn behind another stays visible.
            bars.setFillColor(ChartPalette.line(group));
            bars.setFillOpacity(FILL_OPACITY);
            bars.setStrokeColor(ChartPalette.line(group));
            bars.setStrokeOpacity(1.0);
            bars.setThickness(OUTLINE_THICKNESS);
            series.add(bars);
            ChartUtilities.scheduleSeries(gui, bars,
                    () -> signedLog(source.sampleNetWorth(economy, g, SAMPLE, guiRandom)));
        }
    }

    /** @return the window, or null before it is created */
    JFrame frame() {
        return chart == null ? null : chart.getFrame();
    }

    /** @return the bars of each household group, in group order */
    List<HistogramSeriesAttributes> groupBars() {
        return List.copyOf(series);
    }

    /** @return how many household groups are plotted */
    int groupCount() {
        return groups;
    }

    /** Closes the window. */
    void dispose() {
        if (chart != null && chart.getFrame() != null) {
            chart.getFrame().dispose();
        }
    }

    /** @return {@code sign(w) * log10(1 + |w|)} of each value */
    static double[] signedLog(double[] netWorthUsd) {
        double[] out = new double[netWorthUsd.length];
        for (int i = 0; i < out.length; i++) {
            double w = netWorthUsd[i];
            out[i] = Math.signum(w) * Math.log10(1.0 + Math.abs(w));
        }
        return out;
    }
}
