package org.aibubble.sim.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.aibubble.agents.economy.SeriesColumns;
import org.aibubble.sim.compare.CompareJson;
import org.aibubble.sim.compare.DifferenceQuantiles;
import org.aibubble.sim.format.Mappers;
import org.aibubble.sim.format.NumberText;
import org.jfree.data.xy.YIntervalSeries;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The {@code report.html} of a compare folder, from its {@link CompareJson#FILE} and
 * {@link DifferenceQuantiles#FILE} only: per compared config the table of its paired effects on the summary
 * metrics, then one difference-band chart per charted series: over months the median of the paired differences
 * (other less reference), the band of the middle half of seed pairs and that of 90% of them, and the zero line.
 * The charts of the k-th config (the reference is the first) are {@code chart-diff-k-<column>.png}.
 */
public final class CompareReport {
    /** The report file. */
    public static final String FILE = RunReport.FILE;
    /** The start of every chart file name the report writes. */
    public static final String CHART_PREFIX = "chart-diff-";

    /** How a charted series is shown: its title, the axis label of its differences and the unit's scale. */
    private record Shown(String title, String axis, double scale) {
    }

    private static final String PERCENTAGE_POINTS = "percentage points";
    private static final Map<String, Shown> KNOWN = Map.of(
            "ai_index", new Shown("AI equity index", "index points", 1),
            "capex_total", new Shown("Hyperscaler capex", "USD billions per month", 1),
            "output", new Shown("Output (real)", "USD billions per month, starting prices", 1),
            "unemployment", new Shown("Unemployment", PERCENTAGE_POINTS, 100),
            "inflation", new Shown("Inflation", PERCENTAGE_POINTS + " (per year)", 100),
            "policy_rate", new Shown("Policy rate", PERCENTAGE_POINTS, 100),
            "yield_10y", new Shown("10-year yield", PERCENTAGE_POINTS, 100),
            "fed_assets", new Shown("Fed assets", "USD billions", 1));

    private CompareReport() {
    }

    /**
     * @param dir a compare folder
     * @return the report file written
     * @throws ReportException if a file is missing or malformed, or an output cannot be written
     */
    public static Path write(Path dir) {
        JsonNode compare = RunFolderInfo.readTree(dir.resolve(CompareJson.FILE), Mappers.json());
        CsvTable differences = FanCharts.read(dir.resolve(DifferenceQuantiles.FILE), DifferenceQuantiles.HEADER);
        List<String> columns = new ArrayList<>();
        compare.path(CompareJson.COLUMNS).forEach(c -> columns.add(c.asText()));
        JsonNode seeds = compare.path("seeds");
        String reference = compare.path("reference").asText();
        YearMonth start = RunFolderInfo.month(compare, "run_start", dir.resolve(CompareJson.FILE));
        HtmlPage page = new HtmlPage("Comparison " + dir.getFileName());
        page.heading("Comparison " + dir.getFileName())
                .paragraph("lead", "Reference " + reference + "; every difference is another config less the "
                        + "reference on the same seed, so both runs of a pair share their random draws (common random "
                        + "numbers). " + seeds.size() + " seeds" + (seeds.size() > 0 ? " (" + seeds.get(0).asText()
                        + " to " + seeds.get(seeds.size() - 1).asText() + ")" : "") + ", "
                        + compare.path("months").asText() + " months.")
                .section("Configs (compare.json)").textTable(List.of("name", "input", "config", "households", "runs",
                        "finished"), configRows(compare.path("configs")));
        int index = 1;
        for (JsonNode comparison : compare.path(CompareJson.COMPARISONS)) {
            index++;
            String other = comparison.path("config").asText();
            String label = other + " - " + comparison.path("reference").asText();
            page.section(label + ": effects on the summary metrics (" + comparison.path("pairs").asText()
                    + " seed pairs)")
                    .paragraph("headline", comparison.path("identical_pairs").asText() + " of the "
                            + comparison.path("pairs").asText() + " seed pairs are identical in every series and "
                            + "month: for those seeds the change never mattered.")
                    .paragraph("", "Medians over the paired runs where the metric is defined; the median of the paired "
                            + "differences; the mean difference with a 90% paired-bootstrap interval (pairs resampled "
                            + "with replacement). bust is 1 for a run that busts, so its mean difference is the "
                            + "change in the share of runs that bust.")
                    .table(List.of("metric", "pairs", "reference median", other + " median", "median difference",
                            "mean difference", "90% interval of the mean difference"), effectRows(comparison));
            List<Figure> figures = figures(differences.rowsWhere("config", List.of(other)), label, index, columns,
                    start);
            for (Figure f : figures) {
                PngCharts.write(f.chart(), dir.resolve(f.fileName()));
            }
            page.section(label + " over time (difference_quantiles.csv)").figures(figures);
        }
        Path out = dir.resolve(FILE);
        page.write(out);
        return out;
    }

    /** @return whether {@code dir} holds a comparison's files */
    static boolean isCompareFolder(Path dir) {
        return Files.isRegularFile(dir.resolve(CompareJson.FILE));
    }

    private static List<Figure> figures(CsvTable rows, String label, int index, List<String> columns,
            YearMonth start) {
        List<Figure> figures = new ArrayList<>();
        for (String column : columns) {
            Shown s = KNOWN.getOrDefault(column, new Shown(column, unit(column), 1));
            YIntervalSeries[] bands = FanCharts.bands(rows, column, s.scale(),
                    "middle half of seed pairs (25th-75th percentile)",
                    "90% of seed pairs (5th-95th percentile); line: median");
            if (bands[0].getItemCount() == 0) {
                continue;
            }
            String file = CHART_PREFIX + index + "-" + column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "-")
                    + ".png";
            figures.add(new Figure(file, s.title() + ", " + label + ", by month: the median paired difference, the "
                    + "middle half of seed pairs and 90% of them; the black line is no difference. A band is the "
                    + "spread of the pairs at each month, not the path of any one pair.",
                    FanCharts.chart(s.title() + ": " + label, "difference, " + s.axis(), bands, true, start)));
        }
        return figures;
    }

    private static String unit(String column) {
        try {
            return SeriesColumns.describe(column).unit();
        } catch (IllegalArgumentException e) {
            return "the column's unit";
        }
    }

    private static List<List<String>> configRows(JsonNode configs) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode c : configs) {
            rows.add(List.of(c.path("name").asText(), c.path("input").asText(), c.path("config").asText(),
                    c.path("households").asText(), c.path("runs").asText(), c.path("finished").asText()));
        }
        return rows;
    }

    private static List<List<String>> effectRows(JsonNode comparison) {
        List<List<String>> rows = new ArrayList<>();
        comparison.path("metrics").fields().forEachRemaining(m -> {
            JsonNode e = m.getValue();
            rows.add(List.of(m.getKey(), e.path("pairs").asText(), number(e.path("reference_median")),
                    number(e.path("other_median")), number(e.path("median_difference")),
                    number(e.path("mean_difference")), "[" + number(e.path("mean_difference_low")) + ", "
                            + number(e.path("mean_difference_high")) + "]"));
        });
        return rows;
    }

    private static String number(JsonNode value) {
        return value.isNumber() ? NumberText.display(value.asDouble()) : "n/a";
    }
}
