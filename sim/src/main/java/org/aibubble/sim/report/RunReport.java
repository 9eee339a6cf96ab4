package org.aibubble.sim.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.aibubble.sim.format.NumberText;

/**
 * Writes a run folder's {@code report.html} and its PNG charts from the files the run wrote
 * ({@code series.csv}, {@code summary.json}, {@code config.yaml}, {@code manifest.json}). It depends
 * only on those files, so {@code report DIR} can rebuild the report of any finished run.
 */
public final class RunReport {
    /** File name of the report in a run or sweep folder. */
    public static final String FILE = "report.html";
    /** File name of the monthly series in a run folder. */
    public static final String SERIES = "series.csv";
    /** File name of the summary metrics in a run folder. */
    public static final String SUMMARY = "summary.json";

    /** Summary metrics that are shares or rates, shown in percent. */
    /** Manifest fields that record the run's progress, not what made it (see {@link #whatMadeTheRun}). */
    static final List<String> PROGRESS_FIELDS = List.of("status", "end_time", "months_completed", "error");

    /**
     * @return the manifest's rows without its progress fields: the report is written while the manifest still
     *         says {@code running} (it turns {@code complete} only once the report too is written), so those rows
     *         would say a finished run had not finished
     */
    static List<List<String>> whatMadeTheRun(List<List<String>> manifestRows) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : manifestRows) {
            if (!PROGRESS_FIELDS.contains(row.get(0))) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static final List<String> PERCENT_METRICS = List.of("run_up", "max_drawdown", "capex_cut",
            "max_unemployment", "min_policy_rate");

    private RunReport() {
    }

    /**
     * @param runDir a finished run folder
     * @return the report file written
     * @throws ReportException if an input file is missing or malformed, or an output cannot be written
     */
    public static Path write(Path runDir) {
        SeriesTable series = SeriesTable.read(runDir.resolve(SERIES));
        SummaryFile summary = SummaryFile.read(runDir.resolve(SUMMARY));
        RunFolderInfo info = RunFolderInfo.read(runDir);
        RunCharts charts = new RunCharts(series, summary, info.start(), info.firmLabels());
        List<Figure> figures = charts.figures();
        for (Figure f : figures) {
            PngCharts.write(f.chart(), runDir.resolve(f.fileName()));
        }
        HtmlPage page = new HtmlPage("Run " + info.scenarioName() + " - " + runDir.getFileName());
        page.heading("Scenario " + info.scenarioName() + " (" + runDir.getFileName() + ")")
                .paragraph("lead", info.description())
                .paragraph("headline", headline(summary, series.rows()))
                .cards(cards(summary));
        if (!charts.missingColumns().isEmpty()) {
            page.paragraph("note", "Not in series.csv, so not drawn: " + String.join(", ", charts.missingColumns()));
        }
        page.section("The run in pictures").figures(figures);
        List<List<String>> provenance = whatMadeTheRun(info.provenance());
        if (!provenance.isEmpty()) {
            page.section("Provenance (manifest.json)")
                    .paragraph("aside", "What made the run. Its progress (status, months completed, end time) is in "
                            + "manifest.json: the report is written before the folder is marked complete.")
                    .textTable(List.of("field", "value"), provenance);
        }
        Path out = runDir.resolve(FILE);
        page.write(out);
        return out;
    }

    private static List<List<String>> cards(SummaryFile summary) {
        List<List<String>> out = new ArrayList<>();
        for (String name : summary.names()) {
            out.add(List.of(name.replace('_', ' '), card(summary, name)));
        }
        return out;
    }

    /** @return the metric for a card: shares and rates in percent, money in USD bn, as written otherwise */
    static String card(SummaryFile summary, String name) {
        OptionalDouble v = summary.number(name);
        return v.isPresent() ? metric(name, v.getAsDouble()) : summary.text(name);
    }

    /** @return a summary metric's value for display: shares and rates in percent, money in USD bn, K gap in pp */
    static String metric(String name, double value) {
        if (PERCENT_METRICS.contains(name)) {
            return percent(value);
        }
        if (name.equals("qe_total")) {
            return "$" + NumberText.display(value) + " bn";
        }
        if (name.equals("k_gap_at_trough")) {
            return String.format(Locale.ROOT, "%+.1f pp", 100 * value);
        }
        return NumberText.display(value);
    }

    /** @return one sentence telling the run's story from its summary metrics */
    static String headline(SummaryFile s, int months) {
        StringBuilder sb = new StringBuilder("Over " + months + " months the AI index");
        OptionalDouble runUp = s.number("run_up");
        if (runUp.isPresent()) {
            sb.append(" rose ").append(percent(runUp.getAsDouble()));
        }
        sb.append(" to its peak in month ").append(s.text("peak_month"));
        sb.append(" and fell at most ").append(percent(s.number("max_drawdown").orElse(Double.NaN)));
        OptionalDouble bust = s.number("bust_month");
        sb.append(bust.isPresent() ? "; the bust came in month " + NumberText.display(bust.getAsDouble()) : "; no bust");
        sb.append(". Unemployment peaked at ").append(percent(s.number("max_unemployment").orElse(Double.NaN)))
                .append(", the policy rate bottomed at ").append(percent(s.number("min_policy_rate").orElse(Double.NaN)))
                .append(", QE bought $").append(s.text("qe_total")).append(" bn, and private-credit funds were gated for ")
                .append(s.text("gated_months")).append(" months.");
        return sb.toString();
    }

    /** @return a share as a percentage with one decimal, e.g. 0.523 as "52.3%" */
    static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
