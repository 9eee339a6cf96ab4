package org.aibubble.sim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepReportTest {
    @TempDir
    Path dir;

    /** Four points of five runs; point p busts in p of its five runs. */
    private void writeSweep(int points) throws IOException {
        StringBuilder runs = new StringBuilder("run_id,point_id,replicate,seed,status,gpu_life,run_up,peak_month,max_drawdown,bust_month,error\n");
        for (int p = 0; p < points; p++) {
            for (int r = 0; r < 5; r++) {
                String bust = r < p % 5 ? Integer.toString(30 + r) : "";
                runs.append(String.format(Locale.ROOT, "%d,%d,%d,%d,ok,%.1f,0.%d,%d,0.%d,%s,%n", p * 5 + r, p, r, 100 + r,
                        3.0 + p, r + 1, 20 + p + r, 2 + r, bust));
            }
        }
        Files.writeString(dir.resolve("runs.csv"), runs);
        Files.writeString(dir.resolve("aggregate.csv"), "point_id,gpu_life,bust_share,peak_month_mean,peak_month_p50\n0,3.0,0.0,22,21\n");
        Files.writeString(dir.resolve("sensitivity.csv"), "output,parameter,samples,S1,S1_low,S1_high,ST,ST_low,ST_high\n"
                + "max_drawdown,gpu_life,64,0.5,0.4,0.6,0.6,0.5,0.7\nmax_drawdown,gate,64,0.1,0,0.2,0.2,0.1,0.3\n"
                + "peak_month,gpu_life,64,0.3,0.2,0.4,0.4,0.3,0.5\npeak_month,gate,64,0.2,0.1,0.3,0.5,0.4,0.6\n"
                + "qe_total,gpu_life,64,0.3,0.2,0.4,0.4,0.3,0.5\nqe_total,gate,64,0.2,0.1,0.3,0.5,0.4,0.6\n");
        Files.writeString(dir.resolve("manifest.json"), "{\"tool_version\":\"0.1.0\",\"seeds\":[100,101,102,103,104]}");
    }

    @Test
    void writesDistributionsBustSharesAndSensitivityCharts() throws IOException {
        writeSweep(4);
        Path html = Reports.write(dir);
        for (String png : new String[] {"chart-peak-month.png", "chart-drawdown.png", "chart-bust-share.png",
                "chart-sensitivity-max-drawdown.png", "chart-sensitivity-peak-month.png"}) {
            ReportAssertions.assertNonBlankPng(dir.resolve(png));
        }
        ReportAssertions.assertSelfContained(html);
        assertFalse(Files.exists(dir.resolve("chart-sensitivity-qe-total.png")), "only the key outputs are charted");
        String text = Files.readString(html);
        assertTrue(text.contains("20 finished runs at 4 design point(s)."), text);
        assertTrue(text.contains("<td>gpu_life</td>") || text.contains("<th>gpu_life</th>"));
        assertTrue(text.startsWith("<!DOCTYPE html>"));
    }

    @Test
    void bustShareCountsEmptyBustMonthAsNoBust() throws IOException {
        writeSweep(4);
        CsvTable runs = CsvTable.read(dir.resolve("runs.csv"));
        var byPoint = SweepReport.bustShareByPoint(runs, runs.numbers("bust_month"));
        assertEquals(4, byPoint.size());
        assertEquals(3.0, byPoint.get("3")[0]);
        assertEquals(5.0, byPoint.get("3")[1]);
        assertEquals(0.0, byPoint.get("0")[0]);
    }

    @Test
    void manyPointsGiveAHistogramOfBustShares() throws IOException {
        writeSweep(SweepReport.MAX_BARS + 5);
        Files.delete(dir.resolve("sensitivity.csv"));
        Files.writeString(dir.resolve("ensemble.json"), "{\"runs\":225,\"bust_share\":0.4}");
        String text = Files.readString(Reports.write(dir));
        assertTrue(text.contains("Ensemble"));
        assertTrue(text.contains("across the 45 design points"), text);
        ReportAssertions.assertSelfContained(dir.resolve("report.html"));
    }

    @Test
    void failedRunsAreLeftOutAndCounted() throws IOException {
        writeSweep(2);
        Path runs = dir.resolve("runs.csv");
        Files.writeString(runs, Files.readString(runs) + "10,1,5,105,failed,4.0,,,,,\"books out of balance, month 3\"\n");
        String text = Files.readString(Reports.write(dir));
        assertTrue(text.contains("10 finished runs at 2 design point(s); 1 failed runs are left out"), text);
    }

    @Test
    void aggregateTableShowsMediansOfKeyMetricsOnly() throws IOException {
        writeSweep(4);
        String text = Files.readString(Reports.write(dir));
        assertTrue(text.contains("<th>peak_month_p50</th>"), text);
        assertFalse(text.contains("peak_month_mean"), text);
    }

    @Test
    void anEnsembleShowsItsQuantilesAndWhenItsRunsBust() throws IOException {
        writeSweep(1);
        Files.delete(dir.resolve("sensitivity.csv"));
        Files.writeString(dir.resolve("ensemble.json"), "{\"runs\":5,\"bust_share\":0.2,\"quantiles\":{\"peak_month\":"
                + "{\"runs\":5,\"p5\":20.250000000000004,\"p50\":22.0,\"p95\":24.0}}}");
        String text = Files.readString(Reports.write(dir));
        assertTrue(text.contains("<tr><td>peak_month</td><td>5</td><td>20.25</td><td>22</td><td>24</td></tr>"), text);
        ReportAssertions.assertNonBlankPng(dir.resolve("chart-bust-month.png"));
        assertFalse(Files.exists(dir.resolve("chart-bust-share.png")), "one point: no bar chart of one bar");
        ReportAssertions.assertSelfContained(dir.resolve("report.html"));
    }

    @Test
    void aFolderOfNeitherKindIsAClearError() {
        ReportException e = assertThrows(ReportException.class, () -> Reports.write(dir));
        assertTrue(e.getMessage().contains("holds neither series.csv (a run folder) nor runs.csv"), e.getMessage());
    }

    @Test
    void sensitivityBarsNameParametersByTheLastPartOfTheirPathUnlessAmbiguous() {
        List<String> all = List.of("fed.qeEnabled", "privateCredit.behaviour.gate", "labs.behaviour.gate");
        assertEquals("qeEnabled", SensitivityFigures.shortName("fed.qeEnabled", all));
        assertEquals("labs.behaviour.gate", SensitivityFigures.shortName("labs.behaviour.gate", all));
    }

    @Test
    void csvQuotesAreHonouredAndAnUnclosedQuoteIsRefused() throws IOException {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, "a,b,c,d\na,\"b,c\",\"d\"\"e\",\n");
        assertEquals(java.util.List.of("a", "b,c", "d\"e", ""), CsvTable.read(csv).rows().get(0));
        Files.writeString(csv, "a,b\n1,2\n3,\"4\n5,6\n");
        ReportException e = assertThrows(ReportException.class, () -> CsvTable.read(csv));
        assertEquals(csv + " line 3: a quoted cell is not closed (its quote runs to the end of the file)", e.getMessage());
    }
}
