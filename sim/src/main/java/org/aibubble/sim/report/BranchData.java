package org.aibubble.sim.report;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.aibubble.sim.stats.Statistics;

/** The run folders of one branch, read: series and summaries of each continuation. */
final class BranchData {
    private final String name;
    private final List<SeriesTable> series;
    private final List<SummaryFile> summaries;
    private final YearMonth start;

    private BranchData(String name, List<SeriesTable> series, List<SummaryFile> summaries, YearMonth start) {
        this.name = name;
        this.series = series;
        this.summaries = summaries;
        this.start = start;
    }

    static BranchData read(Path dir, BranchIndex.Branch branch) {
        if (branch.runs().isEmpty()) {
            throw new ReportException(dir.resolve(BranchIndex.FILE) + ": branch " + branch.name() + " has no runs");
        }
        List<SeriesTable> series = new ArrayList<>();
        List<SummaryFile> summaries = new ArrayList<>();
        for (BranchIndex.BranchRun run : branch.runs()) {
            Path runDir = dir.resolve(run.folder());
            series.add(SeriesTable.read(runDir.resolve(RunReport.SERIES)));
            summaries.add(SummaryFile.read(runDir.resolve(RunReport.SUMMARY)));
        }
        return new BranchData(branch.name(), series, summaries,
                RunFolderInfo.startOf(dir.resolve(branch.runs().get(0).folder())));
    }

    /** @return the calendar month of month 0 from the first continuation's config, or null */
    YearMonth start() {
        return start;
    }

    String name() {
        return name;
    }

    boolean has(String column) {
        return series.get(0).has(column);
    }

    double[] months() {
        return series.get(0).column("month");
    }

    /**
     * @return the column's median over the continuations, month by month (shortest run's length); the
     *         median, not the mean, so one continuation that runs away does not drag the line
     */
    double[] medianSeries(String column) {
        int rows = series.stream().mapToInt(SeriesTable::rows).min().orElseThrow();
        double[][] byRun = new double[series.size()][];
        for (int k = 0; k < byRun.length; k++) {
            byRun[k] = series.get(k).column(column);
        }
        double[] median = new double[rows];
        double[] month = new double[byRun.length];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < byRun.length; k++) {
                month[k] = byRun[k][i];
            }
            median[i] = Statistics.median(month);
        }
        return median;
    }

    Iterable<String> metricNames() {
        return summaries.get(0).names();
    }

    /** @return the metric in each continuation; NaN where it is null */
    double[] metric(String name) {
        return summaries.stream().mapToDouble(s -> s.number(name).orElse(Double.NaN)).toArray();
    }

    double bustShare() {
        double[] bust = metric("bust_month");
        return Arrays.stream(bust).filter(Double::isFinite).count() / (double) bust.length;
    }
}
