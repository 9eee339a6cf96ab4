package org.aibubble.sim.gui;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.swing.JFrame;

import org.aibubble.agents.config.HyperscalerParams;
import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.economy.Economy;
import org.aibubble.sim.report.MonthAxis;

import sim.display.ChartUtilities;
import sim.display.GUIState;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * The time-series chart windows: one MASON {@link TimeSeriesChartGenerator} per {@link ChartSpec},
 * each line fed once a month, right after the month is recorded, from {@link Economy#lastRow()}.
 * Reading the economy's last row draws no random numbers, so charting never changes results. Lines take
 * the colours of {@link ChartPalette}, readable on the white plot; a point's readout (tooltip) is
 * {@link ChartReadout}'s, the value with its unit. Time axes read calendar months from {@code run.start}, and
 * each hyperscaler's capex line its config label ({@code h2 search & cloud}).
 */
public final class SeriesCharts {
    private final List<ChartSpec> specs;
    private final List<TimeSeriesChartGenerator> charts = new ArrayList<>();
    private final List<TimeSeriesAttributes> lines = new ArrayList<>();
    /** Prefix of the per-hyperscaler capex columns, whose lines take the firm's label from the config. */
    private static final String CAPEX_PREFIX = "capex_";

    /** @param specs the charts to show, in window order */
    public SeriesCharts(List<ChartSpec> specs) {
        this.specs = List.copyOf(specs);
    }

    /**
     * Creates one chart window per spec and registers it with the controller.
     *
     * @param gui the GUI state whose controller manages the windows
     * @return the chart frames, in spec order
     */
    public List<JFrame> createWindows(GUIState gui) {
        List<JFrame> frames = new ArrayList<>();
        for (ChartSpec spec : specs) {
            TimeSeriesChartGenerator chart = ChartUtilities.buildTimeSeriesChartGenerator(gui, spec.title(), "month");
            chart.setYAxisLabel(spec.yLabel());
            chart.setProportion(WindowLayout.CHART_PROPORTION);
            charts.add(chart);
            frames.add(chart.getFrame());
        }
        return frames;
    }

    /**
     * Clears every chart and schedules its lines on the freshly started model.
     *
     * @param gui     the GUI state (its model has just been started)
     * @param economy the economy of the new run
     */
    public void attach(GUIState gui, Economy economy) {
        lines.clear();
        SeriesReader reader = new SeriesReader(economy);
        List<String> columns = economy.seriesColumns();
        ModelConfig config = economy.config();
        YearMonth start = config.run().startMonth();
        Map<String, String> firmLabels = new HashMap<>();
        for (HyperscalerParams firm : config.hyperscalers().firms()) {
            firmLabels.put(CAPEX_PREFIX + firm.id(), firm.label());
        }
        for (int i = 0; i < charts.size(); i++) {
            TimeSeriesChartGenerator chart = charts.get(i);
            chart.removeAllSeries();
            List<SeriesSpec> chartLines = specs.get(i).linesFor(columns);
            for (int k = 0; k < chartLines.size(); k++) {
                SeriesSpec line = chartLines.get(k);
                TimeSeriesAttributes attributes = ChartUtilities.addSeries(chart,
                        firmLabels.getOrDefault(line.column(), line.label()));
                attributes.setStrokeColor(ChartPalette.line(k));
                ChartUtilities.scheduleSeries(gui, attributes, reader.valueOf(line));
                lines.add(attributes);
            }
            chart.getChart().getXYPlot().getRenderer().setBaseToolTipGenerator(new ChartReadout(chartLines));
            chart.getChart().getXYPlot().setDomainAxis(MonthAxis.of(start, config.run().months()));
        }
    }

    /** @return the chart generators, in spec order */
    public List<TimeSeriesChartGenerator> charts() {
        return List.copyOf(charts);
    }

    /** @return every line currently attached, across all charts */
    public List<TimeSeriesAttributes> lines() {
        return List.copyOf(lines);
    }

    /** Closes every chart window. */
    public void dispose() {
        for (TimeSeriesChartGenerator chart : charts) {
            JFrame frame = chart.getFrame();
            if (frame != null) {
                frame.dispose();
            }
        }
        charts.clear();
        lines.clear();
    }
}
