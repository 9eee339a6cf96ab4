package org.aibubble.sim.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.aibubble.sim.stats.Statistics;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Writes the comparison report of a branch folder: the key series of every branch overlaid (each
 * branch's month-by-month median over its continuations), with the branch month marked, and a table
 * of the summary metrics per branch. Built from {@code branches.json} and the branches' run folders only.
 */
public final class BranchComparisonReport {
    /** The series overlaid: column, chart title, axis label, and whether it is a share or rate shown in percent. */
    private static final List<List<String>> KEY_SERIES = List.of(
            List.of("ai_index", "AI equity index", "index level", ""),
            List.of("unemployment", "Unemployment", "% of the labour force", "%"),
            List.of("policy_rate", "Policy rate", "% per year", "%"),
            List.of("yield_10y", "10-year yield", "% per year", "%"),
            List.of("term_premium", "Term premium", "% per year", "%"),
            List.of("fed_assets", "Fed balance sheet", "USD billions", ""),
            List.of("credit_spread", "Credit spread", "% per year", "%"),
            List.of("consumption_total", "Household consumption", "USD billions per month", ""),
            List.of("pc_redemption_queued", "Private-credit redemptions queued", "USD billions", ""));

    private BranchComparisonReport() {
    }

    /**
     * @param dir a branch folder holding {@code branches.json} and the branches' run folders
     * @return the report file written
     * @throws ReportException if a file is missing or malformed, or an output cannot be written
     */
    public static Path write(Path dir) {
        BranchIndex index = BranchIndex.read(dir.resolve(BranchIndex.FILE));
        List<BranchData> branches = new ArrayList<>();
        for (BranchIndex.Branch b : index.branches()) {
            branches.add(BranchData.read(dir, b));
        }
        List<Figure> figures = figures(branches, index.branchMonth());
        for (Figure f : figures) {
            PngCharts.write(f.chart(), dir.resolve(f.fileName()));
        }
        HtmlPage page = new HtmlPage("Branches from month " + index.branchMonth());
        page.heading("Branches of " + index.baseScenario() + " from month " + index.branchMonth())
                .paragraph("lead", "The economy saved at month " + index.branchMonth() + " of a " + index.baseScenario()
                        + " run (seed " + index.seed() + ", checkpoint " + index.checkpoint() + ") continued under "
                        + index.branches().size() + " branch scenario(s). Before the dashed line the branches share "
                        + "one history.")
                .textTable(List.of("branch", "description", "continuations"), branchRows(index))
                .section("Summary metrics per branch" + (multiSeed(index) ? " (mean, and min to max over continuations)" : ""))
                .table(header(branches), metricRows(branches))
                .section("Key series, branches overlaid" + (multiSeed(index) ? " (median over continuations)" : ""))
                .figures(figures);
        Path out = dir.resolve(RunReport.FILE);
        page.write(out);
        return out;
    }

    private static boolean multiSeed(BranchIndex index) {
        return index.branches().stream().anyMatch(b -> b.runs().size() > 1);
    }

    private static List<Figure> figures(List<BranchData> branches, int branchMonth) {
        List<Figure> out = new ArrayList<>();
        for (List<String> spec : KEY_SERIES) {
            String column = spec.get(0);
            TimeChart chart = new TimeChart(spec.get(1), spec.get(2)).verticalLine(branchMonth, "branch")
                    .dated(branches.isEmpty() ? null : branches.get(0).start());
            for (BranchData b : branches) {
                if (b.has(column)) {
                    double scale = spec.get(3).equals("%") ? 100 : 1;
                    chart.line(b.name(), b.months(), Arrays.stream(b.medianSeries(column)).map(v -> v * scale).toArray());
                }
            }
            if (chart.hasLines()) {
                out.add(new Figure("compare-" + column.replace('_', '-') + ".png",
                        spec.get(1) + " in each branch.", chart.build()));
            }
        }
        return out;
    }

    private static List<List<String>> branchRows(BranchIndex index) {
        List<List<String>> rows = new ArrayList<>();
        for (BranchIndex.Branch b : index.branches()) {
            rows.add(List.of(b.name(), b.description(), Integer.toString(b.runs().size())));
        }
        return rows;
    }

    private static List<String> header(List<BranchData> branches) {
        List<String> h = new ArrayList<>(List.of("metric"));
        branches.forEach(b -> h.add(b.name()));
        return h;
    }

    private static List<List<String>> metricRows(List<BranchData> branches) {
        List<List<String>> rows = new ArrayList<>();
        for (String metric : branches.get(0).metricNames()) {
            List<String> row = new ArrayList<>(List.of(metric));
            for (BranchData b : branches) {
                row.add(cell(metric, b.metric(metric)));
            }
            rows.add(row);
        }
        List<String> busts = new ArrayList<>(List.of("share of continuations that bust"));
        branches.forEach(b -> busts.add(RunReport.percent(b.bustShare())));
        rows.add(busts);
        return rows;
    }

    private static String cell(String metric, double[] values) {
        double[] finite = Statistics.finite(values);
        if (finite.length == 0) {
            return "none";
        }
        double mean = Statistics.mean(finite);
        if (values.length == 1) {
            return RunReport.metric(metric, mean);
        }
        double min = StatUtils.min(finite);
        double max = StatUtils.max(finite);
        String none = finite.length < values.length ? String.format(Locale.ROOT, ", none in %d", values.length - finite.length) : "";
        return RunReport.metric(metric, mean) + " (" + RunReport.metric(metric, min) + " to "
                + RunReport.metric(metric, max) + none + ")";
    }
}
