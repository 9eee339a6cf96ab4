package org.aibubble.sim.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aibubble.sim.format.Mappers;
import org.aibubble.sim.format.NumberText;
import org.aibubble.sim.stats.Statistics;
import org.aibubble.sim.sweep.output.SeriesQuantiles;

/**
 * Writes the {@code report.html} of an ensemble or sweep folder from its output files only
 * ({@code runs.csv}; optionally {@code aggregate.csv}, {@code sensitivity.csv}, {@code ensemble.json},
 * {@code series_quantiles.csv}, {@code manifest.json}): the distribution of the peak month and of the drawdown,
 * the share of runs that bust at each design point, for Saltelli designs the first-order and total Sobol
 * indices, and for an ensemble that kept its series fan charts of the key series over time.
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
    /** Above this many design points the bust share is shown as a histogram over points, not one bar each. */
    static final int MAX_BARS = 40;
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
        List<Figure> figures = figures(dir, peak, drawdown, bust, byPoint);
        for (Figure f : figures) {
            PngCharts.write(f.chart(), dir.resolve(f.fileName()));
        }
        HtmlPage page = new HtmlPage(kind + " " + dir.getFileName());
        page.heading(kind + " " + dir.getFileName())
                .paragraph("lead", runs.rows().size() + " finished runs at " + byPoint.size() + " design point(s)"
                        + (failed > 0 ? "; " + failed + " failed runs are left out (see runs.csv)." : "."))
                .cards(cards(peak, drawdown, bust, byPoint.size()))
                .section("Distributions").figures(figures);
        Path quantiles = dir.resolve(SeriesQuantiles.FILE);
        if (Files.isRegularFile(quantiles)) {
            List<Figure> fans = FanCharts.of(quantiles);
            for (Figure f : fans) {
                PngCharts.write(f.chart(), dir.resolve(f.fileName()));
            }
            page.section("Over time, across runs (series_quantiles.csv)").figures(fans);
        }
        tables(page, dir, ensemble);
        Path out = dir.resolve(RunReport.FILE);
        page.write(out);
        return out;
    }

    private static List<Figure> figures(Path dir, double[] peak, double[] drawdown, double[] bust,
            Map<String, double[]> byPoint) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("chart-peak-month.png", "When the AI index peaked, across runs.",
                DistributionCharts.histogram("Peak month", "peak month", peak, 20)));
        figures.add(new Figure("chart-drawdown.png", "The deepest fall of the AI index from its peak, across runs.",
                DistributionCharts.histogram("Maximum drawdown", "maximum drawdown (share)", drawdown, 20)));
        if (byPoint.size() == 1) {
            figures.add(new Figure("chart-bust-month.png", "When the runs that bust did so (the share that bust is "
                    + "above).", DistributionCharts.histogram("Bust month", "bust month", bust, 20)));
        } else {
            figures.add(bustFigure(byPoint));
        }
        if (Files.isRegularFile(dir.resolve(SENSITIVITY))) {
            figures.addAll(SensitivityFigures.of(CsvTable.read(dir.resolve(SENSITIVITY))));
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

    private static Figure bustFigure(Map<String, double[]> byPoint) {
        double[] shares = byPoint.values().stream().mapToDouble(c -> c[0] / c[1]).toArray();
        if (byPoint.size() > MAX_BARS) {
            return new Figure("chart-bust-share.png", "How often runs bust, across the " + byPoint.size()
                    + " design points.", DistributionCharts.histogram("Share of runs that bust, per design point",
                    "share of runs with a bust", shares, 20));
        }
        return new Figure("chart-bust-share.png", "The share of runs that bust at each design point.",
                DistributionCharts.bars("Share of runs that bust", "design point (point_id)", "share of runs", new ArrayList<>(byPoint.keySet()),
                        List.of("bust share"), new double[][] {shares}));
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
