package org.aibubble.sim.validate;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.aibubble.sim.config.EnumNames;
import org.aibubble.sim.format.NumberText;
import org.aibubble.sim.output.BuildInfo;
import org.aibubble.sim.report.DistributionCharts;
import org.aibubble.sim.report.Figure;
import org.aibubble.sim.report.HtmlPage;
import org.aibubble.sim.report.PngCharts;
import org.aibubble.sim.sweep.output.SweepManifest;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.ui.Layer;

/**
 * The validation's {@code report.html}, in the style of the other reports ({@link HtmlPage}): the counts
 * first, then the table of facts (model value with its 90% interval, real value, band, held or not), then
 * one small chart per fact - the histogram of the per-run values (or of the bootstrap replicates of a
 * pooled statistic) with the band shaded green, the model's value as a solid line and the real value as
 * a dashed red line.
 */
final class ValidationReport {
    static final String FILE = "report.html";
    private static final Color BAND = new Color(0, 158, 115, 50);
    private static final Color REAL = new Color(213, 94, 0);
    private static final Color MODEL = new Color(0, 0, 0);
    private static final int BINS = 20;

    private ValidationReport() {
    }

    static Path write(Path dir, String config, SweepManifest manifest, List<RunData> runs, List<FactScore> scores) {
        List<Figure> figures = new ArrayList<>();
        for (FactScore s : scores) {
            figures.add(figure(s));
        }
        for (Figure f : figures) {
            PngCharts.write(f.chart(), dir.resolve(f.fileName()));
        }
        BuildInfo build = BuildInfo.current();
        long held = scores.stream().filter(FactScore::pass).count();
        long busts = runs.stream().filter(RunData::busts).count();
        HtmlPage page = new HtmlPage("Validation of " + config);
        page.heading("Validation of " + config)
                .paragraph("lead", runs.size() + " finished runs (" + busts + " bust) scored on " + scores.size()
                        + " stylized facts. A fact holds when the model's value lies in its band. The interval is the "
                        + "5th-95th percentile of the per-run values, or a bootstrap over runs for a pooled statistic.")
                .paragraph("", "Seeds " + manifest.seed() + " to " + (manifest.seed() + manifest.runs() - 1) + ", "
                        + manifest.households() + " households, " + manifest.months() + " months; built from commit "
                        + build.commit() + ("true".equals(build.dirty()) ? " with uncommitted changes" : "") + ".")
                .cards(List.of(List.of("facts held", held + " of " + scores.size()),
                        List.of("facts failed", Long.toString(scores.size() - held)),
                        List.of("runs", Integer.toString(runs.size())),
                        List.of("busts", Long.toString(busts))))
                .section("Facts")
                .table(List.of("fact", "statistic", "runs", "n", "model", "90% interval", "real", "band", "holds"),
                        rows(scores))
                .section("Sources")
                .textTable(List.of("fact", "description", "real value from", "band from"), sources(scores))
                .section("Distributions")
                .paragraph("", "Histogram of the model's values; green: the band; black: the model's value; "
                        + "dashed red: the real value.")
                .figures(figures);
        Path out = dir.resolve(FILE);
        page.write(out);
        return out;
    }

    private static List<List<String>> rows(List<FactScore> scores) {
        List<List<String>> rows = new ArrayList<>();
        for (FactScore s : scores) {
            Fact f = s.fact();
            rows.add(List.of(f.id(), EnumNames.configName(f.statistic()), EnumNames.configName(f.runs()) + ", " + EnumNames.configName(f.aggregate()),
                    Integer.toString(s.runs()), NumberText.display(s.value()), "[" + NumberText.display(s.low()) + ", " + NumberText.display(s.high()) + "]",
                    NumberText.display(f.real().number()), f.bounds().toString(), s.pass() ? "yes" : "NO"));
        }
        return rows;
    }

    private static List<List<String>> sources(List<FactScore> scores) {
        List<List<String>> rows = new ArrayList<>();
        for (FactScore s : scores) {
            Fact f = s.fact();
            String from = f.real().source() + (f.real().script().isEmpty() ? ""
                    : " (" + f.real().script() + ": " + f.real().moment() + ")");
            rows.add(List.of(f.id(), f.description(), from, f.bandSource()));
        }
        return rows;
    }

    private static Figure figure(FactScore s) {
        Fact f = s.fact();
        double[] draws = s.draws().stream().mapToDouble(Double::doubleValue).toArray();
        String what = s.interval().equals("bootstrap") ? "bootstrap replicates of the pooled value" : "per-run values";
        JFreeChart chart = DistributionCharts.histogram(f.id(), f.statistic().unit() + " (" + what + ")", draws, BINS);
        XYPlot plot = chart.getXYPlot();
        Band band = f.bounds();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double x : draws) {
            lo = Math.min(lo, x);
            hi = Math.max(hi, x);
        }
        for (double x : new double[] {f.real().number(), band.low(), band.high(), s.value()}) {
            if (Double.isFinite(x)) {
                lo = Math.min(lo, x);
                hi = Math.max(hi, x);
            }
        }
        if (lo <= hi) {
            double pad = hi > lo ? 0.08 * (hi - lo) : Math.max(0.5, Math.abs(lo) * 0.1);
            plot.getDomainAxis().setRange(lo - pad, hi + pad);
            plot.addDomainMarker(new IntervalMarker(Math.max(band.low(), lo - pad), Math.min(band.high(), hi + pad),
                    BAND), Layer.BACKGROUND);
        }
        if (Double.isFinite(s.value())) {
            ValueMarker model = new ValueMarker(s.value(), MODEL, new BasicStroke(2f));
            plot.addDomainMarker(model);
        }
        if (Double.isFinite(f.real().number())) {
            plot.addDomainMarker(new ValueMarker(f.real().number(), REAL, new BasicStroke(2f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)));
        }
        String caption = f.description() + " Model " + NumberText.display(s.value()) + " [" + NumberText.display(s.low()) + ", "
                + NumberText.display(s.high()) + "], real " + NumberText.display(f.real().number()) + ", band " + band + ": "
                + (s.pass() ? "holds." : "fails.");
        return new Figure("chart-fact-" + f.id() + ".png", caption, chart);
    }
}
