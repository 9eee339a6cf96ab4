package org.aibubble.sim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.aibubble.sim.format.Mappers;
import org.aibubble.sim.format.NumberText;
import org.aibubble.sim.stats.Statistics;
import org.aibubble.sim.sweep.exec.SeriesFiles;
import org.aibubble.sim.sweep.output.Outputs;
import org.aibubble.sim.sweep.output.SeriesQuantiles;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes the {@code report.html} of an ensemble or sweep folder from its output files only
 * ({@code runs.csv}; optionally {@code aggregate.csv}, {@code sensitivity.csv}, {@code ensemble.json},
 * {@code series_quantiles.csv}, {@code prim.json}, {@code series/}, {@code manifest.json}): the distribution of the
 * peak month and of the drawdown; each key outcome against each swept parameter (dots and a smoother); for
 * Saltelli designs the first-order and total Sobol indices with their intervals; the PRIM box of the busts;
 * and fan charts of the key series over time when the runs' series were kept (an ensemble's quantiles, or a
 * sweep's series pooled over its points).
 */
public final class SweepReport {
    /** One row per run: design point, seed and the run's summary metrics. */
    public static final String RUNS = "runs.csv";
    /** One row per design point: means and spreads of the metrics. */
    public static final String AGGREGATE = "aggregate.csv";
    /** One row per (output, parameter): Sobol indices, for Saltelli designs. */
    public static final String SENSITIVITY = "sensitivity.csv";
    /** Host and wall-clock times of the folder. */
    public static final String PROVENANCE = "provenance.json";
    /** The ensemble's own summary. */
    public static final String ENSEMBLE = "ensemble.json";
    /** The column of {@code runs.csv} saying how a run ended; only finished runs enter the charts. */
    static final String STATUS = "status";
    /** The spellings of a finished run in the {@code status} column. */
    static final List<String> FINISHED = List.of("ok", "complete");

    private SweepReport() {
    }

    /**
     * @param dir an ensemble or sweep folder
     * @return the report file written
     * @throws ReportException if {@code runs.csv} is missing or malformed, or an output cannot be written
     */
    public static Path write(Path dir) {
        CsvTable all = CsvTable.read(dir.resolve(RUNS));
        CsvTable runs = all.rowsWhere(STATUS, FINISHED);
        int failed = all.rows().size() - runs.rows().size();
        boolean ensemble = Files.isRegularFile(dir.resolve(ENSEMBLE));
        String kind = ensemble ? "Ensemble" : "Sweep";
        double[] peak = runs.numbers(require(runs, "peak_month"));
        double[] drawdown = runs.numbers(require(runs, "max_drawdown"));
        double[] bust = runs.numbers(require(runs, "bust_month"));
        Map<String, double[]> byPoint = bustShareByPoint(runs, bust);
        List<String> parameters = parameters(dir);
        HtmlPage page = new HtmlPage(kind + " " + dir.getFileName());
        page.heading(kind + " " + dir.getFileName())
                .paragraph("lead", runs.rows().size() + " finished runs at " + byPoint.size() + " design point(s)"
                        + (failed > 0 ? "; " + failed + " failed runs are left out (see runs.csv)." : "."))
                .cards(cards(peak, drawdown, bust, byPoint.size()));
        section(page, dir, "Distributions", distributions(peak, drawdown, bust, byPoint, parameters));
        section(page, dir, "What each parameter does (runs.csv)", OutcomeScatter.of(runs, parameters, logScaled(dir)));
        if (Files.isRegularFile(dir.resolve(SENSITIVITY))) {
            section(page, dir, "Which parameters drive the outcomes: Sobol indices (sensitivity.csv)",
                    SensitivityFigures.of(CsvTable.read(dir.resolve(SENSITIVITY))));
        }
        if (Files.isRegularFile(dir.resolve(PrimFigures.FILE))) {
            PrimFigures.add(page, dir);
        }
        Path quantiles = dir.resolve(SeriesQuantiles.FILE);
        if (Files.isRegularFile(quantiles)) {
            section(page, dir, "Over time, across runs (series_quantiles.csv)",
                    FanCharts.of(CsvTable.read(quantiles), runStart(dir)));
        } else if (Files.isDirectory(dir.resolve(SeriesFiles.FOLDER)) && !runs.rows().isEmpty()) {
            section(page, dir, "Over time, across all runs of the sweep pooled (series/)",
                    FanCharts.of(pooledQuantiles(dir, runs), runStart(dir)));
        }
        tables(page, dir, ensemble);
        Path out = dir.resolve(RunReport.FILE);
        page.write(out);
        return out;
    }

    private static void section(HtmlPage page, Path dir, String title, List<Figure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        for (Figure f : figures) {
            PngCharts.write(f.chart(), dir.resolve(f.fileName()));
        }
        page.section(title).figures(figures);
    }

    /** @return the calendar month of the runs' month 0, the manifest's {@code run_start}; null without one */
    static YearMonth runStart(Path dir) {
        Path manifest = dir.resolve(RunFolderInfo.MANIFEST);
        return Files.isRegularFile(manifest)
                ? RunFolderInfo.month(RunFolderInfo.readTree(manifest, Mappers.json()), "run_start", manifest) : null;
    }

    /** @return the swept parameters, from the manifest's {@code parameters}; none without a manifest */
    static List<String> parameters(Path dir) {
        Path manifest = dir.resolve(RunFolderInfo.MANIFEST);
        List<String> out = new ArrayList<>();
        if (Files.isRegularFile(manifest)) {
            RunFolderInfo.readTree(manifest, Mappers.json()).path("parameters").forEach(p -> out.add(p.asText()));
        }
        return out;
    }

    /** @return the parameters the folder's {@code sweep.yaml} spreads on a log scale ({@code scale: log}) */
    static Set<String> logScaled(Path dir) {
        Path sweep = dir.resolve(Outputs.SWEEP_COPY);
        Set<String> out = new HashSet<>();
        if (Files.isRegularFile(sweep)) {
            for (JsonNode p : RunFolderInfo.readTree(sweep, Mappers.yaml()).path("parameters")) {
                if (p.path("scale").asText().equalsIgnoreCase("log")) {
                    out.add(p.path("path").asText());
                }
            }
        }
        return out;
    }

    /**
     * The percentiles by month across every finished run of a sweep that kept its series, pooled over design
     * points (with a few replicates a point, a band per point would be the spread of two or three runs).
     */
    private static CsvTable pooledQuantiles(Path dir, CsvTable runs) {
        List<Long> ids = new ArrayList<>();
        for (double id : runs.numbers(require(runs, "run_id"))) {
            ids.add((long) id);
        }
        try {
            return CsvTable.parse(SeriesQuantiles.render(dir, ids), dir.resolve(SeriesFiles.FOLDER));
        } catch (IOException e) {
            throw new ReportException(e.getMessage(), e);
        }
    }

    private static List<Figure> distributions(double[] peak, double[] drawdown, double[] bust,
            Map<String, double[]> byPoint, List<String> parameters) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("chart-peak-month.png", "When the AI index peaked, across runs.",
                DistributionCharts.histogram("Peak month", "peak month", peak, 20)));
        figures.add(new Figure("chart-drawdown.png", "The deepest fall of the AI index from its peak, across runs.",
                DistributionCharts.histogram("Maximum drawdown", "maximum drawdown (share)", drawdown, 20)));
        if (byPoint.size() == 1) {
            figures.add(new Figure("chart-bust-month.png", "When the runs that bust did so (the share that bust is "
                    + "above).", DistributionCharts.histogram("Bust month", "bust month", bust, 20)));
        } else if (parameters.isEmpty()) {
            figures.add(bustFigure(byPoint));
        }
        return figures;
    }

    private static void tables(HtmlPage page, Path dir, boolean ensemble) {
        if (Files.isRegularFile(dir.resolve(AGGREGATE))) {
            CsvTable aggregate = CsvTable.read(dir.resolve(AGGREGATE)).columns(AggregateColumns.shown());
            page.section("Per design point (aggregate.csv; medians of the key metrics, every statistic in the file)")
                    .table(aggregate.header(), formatted(aggregate));
        }
        if (ensemble) {
            EnsembleTables.add(page, RunFolderInfo.readTree(dir.resolve(ENSEMBLE), Mappers.json()));
        }
        List<List<String>> provenance = RunFolderInfo.provenance(dir.resolve(RunFolderInfo.MANIFEST));
        if (!provenance.isEmpty()) {
            page.section("Provenance (manifest.json)").textTable(List.of("field", "value"), provenance);
        }
        List<List<String>> process = RunFolderInfo.provenance(dir.resolve(PROVENANCE));
        if (!process.isEmpty()) {
            page.section("Where and when (provenance.json)").textTable(List.of("field", "value"), process);
        }
    }

    private static String require(CsvTable runs, String column) {
        if (!runs.has(column)) {
            throw new ReportException("runs.csv has no column " + column + " (has " + runs.header() + ")");
        }
        return column;
    }

    /** @return per design point (in order of first appearance): {busts, runs} */
    static Map<String, double[]> bustShareByPoint(CsvTable runs, double[] bust) {
        String pointColumn = runs.firstPresent("point", "point_id");
        List<String> points = pointColumn == null ? null : runs.text(pointColumn);
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int i = 0; i < bust.length; i++) {
            double[] counts = out.computeIfAbsent(points == null ? "all" : points.get(i), k -> new double[2]);
            counts[0] += Double.isNaN(bust[i]) ? 0 : 1;
            counts[1] += 1;
        }
        return out;
    }

    /** The share of runs that bust across design points, when the folder does not say which parameters it swept. */
    private static Figure bustFigure(Map<String, double[]> byPoint) {
        double[] shares = byPoint.values().stream().mapToDouble(c -> c[0] / c[1]).toArray();
        return new Figure("chart-bust-share.png", "How often runs bust, across the " + byPoint.size()
                + " design points.", DistributionCharts.histogram("Share of runs that bust, per design point",
                "share of runs with a bust", shares, 20));
    }

    private static List<List<String>> cards(double[] peak, double[] drawdown, double[] bust, int points) {
        long busts = Arrays.stream(bust).filter(b -> !Double.isNaN(b)).count();
        return List.of(
                List.of("runs", Integer.toString(bust.length)),
                List.of("design points", Integer.toString(points)),
                List.of("share of runs that bust", RunReport.percent(bust.length == 0 ? Double.NaN : (double) busts / bust.length)),
                List.of("median peak month", NumberText.display(Statistics.median(peak))),
                List.of("median max drawdown", RunReport.percent(Statistics.median(drawdown))),
                List.of("median bust month", NumberText.display(Statistics.median(bust))));
    }

    private static List<List<String>> formatted(CsvTable table) {
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : table.rows()) {
            List<String> cells = new ArrayList<>();
            for (String cell : row) {
                cells.add(formatCell(cell));
            }
            out.add(cells);
        }
        return out;
    }

    private static String formatCell(String cell) {
        try {
            return NumberText.display(Double.parseDouble(cell));
        } catch (NumberFormatException e) {
            return cell;
        }
    }
}
