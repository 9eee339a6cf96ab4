package org.aibubble.sim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BranchComparisonReportTest {
    @TempDir
    Path dir;

    private void writeBranches(int seeds) throws IOException {
        List<BranchIndex.BranchRun> qe = new java.util.ArrayList<>();
        List<BranchIndex.BranchRun> noQe = new java.util.ArrayList<>();
        for (int i = 0; i < seeds; i++) {
            String suffix = seeds == 1 ? "" : "-s" + i;
            RunFolderFixture.write(dir.resolve("qe" + suffix));
            RunFolderFixture.write(dir.resolve("no-qe" + suffix));
            Files.writeString(dir.resolve("no-qe" + suffix).resolve("summary.json"), "{\"run_up\":0.8,\"peak_month\":30,"
                    + "\"max_drawdown\":0.6" + i + ",\"bust_month\":" + (i == 0 ? "null" : "33") + "}");
            qe.add(new BranchIndex.BranchRun("qe" + suffix, seeds == 1 ? null : 42L + i));
            noQe.add(new BranchIndex.BranchRun("no-qe" + suffix, seeds == 1 ? null : 42L + i));
        }
        new BranchIndex("cp/checkpoint.bin", "baseline", 42, 24, List.of(
                new BranchIndex.Branch("qe", "qe.yaml", "QE as usual", qe),
                new BranchIndex.Branch("no-qe", "no-qe.yaml", "The Fed refuses QE", noQe))).write(dir.resolve("branches.json"));
    }

    @Test
    void overlaysBranchesAndTabulatesMetrics() throws IOException {
        writeBranches(1);
        Path html = Reports.write(dir);
        ReportAssertions.assertSelfContained(html);
        for (String png : new String[] {"compare-ai-index.png", "compare-unemployment.png", "compare-policy-rate.png",
                "compare-fed-assets.png"}) {
            ReportAssertions.assertNonBlankPng(dir.resolve(png));
        }
        String text = Files.readString(html);
        assertTrue(text.contains("<tr><td>max_drawdown</td><td>45.0%</td><td>60.0%</td></tr>"), text);
        assertTrue(text.contains("<tr><td>bust_month</td><td>33</td><td>none</td></tr>"), text);
    }

    @Test
    void branchChartsReadCalendarMonthsFromTheBranchConfig() throws IOException {
        writeBranches(1);
        BranchIndex.Branch qe = BranchIndex.read(dir.resolve("branches.json")).branches().get(0);
        assertEquals(java.time.YearMonth.of(2026, 1), BranchData.read(dir, qe).start());
    }

    @Test
    void withSeveralContinuationsShowsMeanAndRange() throws IOException {
        writeBranches(3);
        String text = Files.readString(Reports.write(dir));
        assertTrue(text.contains("<td>61.0% (60.0% to 62.0%)</td>"), text);
        assertTrue(text.contains("<td>33 (33 to 33, none in 1)</td>"), text);
        assertTrue(text.contains("<td>66.7%</td>"), text);
    }

    @Test
    void overlaidLinesAreMediansSoOneRunawayContinuationDoesNotDragThem() throws IOException {
        writeBranches(3);
        Path series = dir.resolve("qe-s2/series.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(series));
        lines.set(1, "0," + lines.get(1).substring(lines.get(1).indexOf(',') + 1).replaceFirst("^[^,]*", "1e9"));
        Files.write(series, lines);
        BranchIndex.Branch qe = BranchIndex.read(dir.resolve("branches.json")).branches().get(0);
        double[] median = BranchData.read(dir, qe).medianSeries("ai_index");
        assertEquals(100.0, median[0], 1e-9);
    }

    @Test
    void indexRoundTrips() throws IOException {
        writeBranches(2);
        BranchIndex index = BranchIndex.read(dir.resolve("branches.json"));
        assertEquals(24, index.branchMonth());
        assertEquals(43L, index.branches().get(1).runs().get(1).continuationSeed());
    }
}
