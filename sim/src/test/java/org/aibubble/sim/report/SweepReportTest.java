package org.aibubble.sim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.aibubble.sim.sweep.output.PrimFile;
import org.aibubble.sim.sweep.table.RunRecord;
import org.aibubble.sim.sweep.table.RunStatus;
import org.aibubble.sim.sweep.table.RunsSchema;
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
        Files.writeString(dir.resolve("manifest.json"), "{\"tool_version\":\"0.1.0\",\"parameters\":[\"gpu_life\"],"
                + "\"seeds\":[100,101,102,103,104]}");
    }

    @Test
    void writesDistributionsScattersAndSensitivityCharts() throws IOException {
        writeSweep(4);
        Path html = Reports.write(dir);
        for (String png : new String[] {"chart-peak-month.png", "chart-drawdown.png", "chart-scatter-bust-month.png",
                "chart-scatter-max-drawdown.png", "chart-sensitivity-max-drawdown.png",
                "chart-sensitivity-peak-month.png"}) {
            ReportAssertions.assertNonBlankPng(dir.resolve(png));
        }
        ReportAssertions.assertSelfContained(html);
        assertFalse(Files.exists(dir.resolve("chart-sensitivity-qe-total.png")), "only the key outputs are charted");
        assertFalse(Files.exists(dir.resolve("chart-bust-share.png")), "no bar per point_id: the scatter says more");
        assertFalse(Files.exists(dir.resolve("chart-scatter-capex-cut.png")), "runs.csv has no capex_cut");
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
    void withoutTheSweptParametersTheBustSharesAreAHistogramOverPoints() throws IOException {
        writeSweep(45);
        Files.delete(dir.resolve("sensitivity.csv"));
        Files.delete(dir.resolve("manifest.json"));
        String text = Files.readString(Reports.write(dir));
        assertTrue(text.contains("across the 45 design points"), text);
        assertFalse(Files.exists(dir.resolve("chart-scatter-bust-month.png")));
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
    void thePrimSectionShowsTheTrajectoryAndTheChosenBox() throws IOException {
        writeSweep(4);
        List<RunRecord> rows = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            double x1 = (i * 0.6180339887498949) % 1.0;
            double x2 = (i * 0.7548776662466927) % 1.0;
            boolean bust = x1 > 0.7 && x2 < 0.3 || i % 50 == 0;
            rows.add(new RunRecord(i, i, 0, i, RunStatus.OK, List.of(Double.toString(x1), Double.toString(x2)),
                    Arrays.asList(bust ? 30.0 : null), ""));
        }
        Files.writeString(dir.resolve("prim.json"), PrimFile.render(new RunsSchema(List.of("x1", "x2"),
                List.of("bust_month")), rows));
        String text = Files.readString(Reports.write(dir));
        ReportAssertions.assertNonBlankPng(dir.resolve("chart-prim-trajectory.png"));
        assertTrue(text.contains("Where the busts are: scenario discovery (PRIM, prim.json)"), text);
        assertTrue(text.contains("It narrows x1, x2."), text);
        assertTrue(text.contains("<th>parameter</th><th>box</th><th>whole sweep</th><th>narrowed</th>"), text);
        assertTrue(text.contains("<tr><td>x1</td><td>0.6919 to 0.9837</td><td>0 to 0.9988</td><td>yes</td></tr>"), text);
        assertTrue(text.contains("<tr><td>x2</td><td>0.001082 to 0.2987</td><td>0 to 0.9975</td><td>yes</td></tr>"), text);
        ReportAssertions.assertSelfContained(dir.resolve("report.html"));
    }

    @Test
    void withoutBustsThePrimSectionSaysSo() throws IOException {
        writeSweep(1);
        List<RunRecord> rows = List.of(new RunRecord(0, 0, 0, 1, RunStatus.OK, List.of("1"), Arrays.asList((Double) null),
                ""));
        Files.writeString(dir.resolve("prim.json"), PrimFile.render(new RunsSchema(List.of("x"), List.of("bust_month")),
                rows));
        String text = Files.readString(Reports.write(dir));
        assertTrue(text.contains("Nothing to discover: no run busts."), text);
        assertFalse(Files.exists(dir.resolve("chart-prim-trajectory.png")));
    }

    @Test
    void sobolWhiskersStretchTheAxisToTheirBounds() {
        WhiskerBarRenderer r = new WhiskerBarRenderer(new double[][] {{-0.2, 0.1}}, new double[][] {{0.3, 1.4}});
        org.jfree.data.category.DefaultCategoryDataset data = new org.jfree.data.category.DefaultCategoryDataset();
        data.addValue(0.1, "first-order", "a");
        data.addValue(0.5, "first-order", "b");
        org.jfree.data.Range range = r.findRangeBounds(data);
        assertEquals(-0.2, range.getLowerBound(), 1e-12);
        assertEquals(1.4, range.getUpperBound(), 1e-12);
    }

    @Test
    void theSmootherIsLoessOverManyValuesAndTheMeansOverFew() {
        java.util.TreeMap<Double, double[]> line = new java.util.TreeMap<>();
        for (int i = 0; i < 20; i++) {
            line.put((double) i, new double[] {2 * (3 + 0.5 * i), 2});
        }
        org.jfree.data.xy.XYSeries loess = OutcomeScatter.smoother(line, 1, false, false);
        assertEquals(20, loess.getItemCount());
        for (int i = 0; i < 20; i++) {
            assertEquals(3 + 0.5 * i, loess.getY(i).doubleValue(), 1e-9, "local linear reproduces a line");
        }
        java.util.TreeMap<Double, double[]> two = new java.util.TreeMap<>(java.util.Map.of(0.0, new double[] {1, 4},
                1.0, new double[] {3, 4}));
        org.jfree.data.xy.XYSeries means = OutcomeScatter.smoother(two, 100, true, false);
        assertEquals(25.0, means.getY(0).doubleValue(), 1e-12);
        assertEquals(75.0, means.getY(1).doubleValue(), 1e-12);
    }

    @Test
    void aLogScaledParameterGetsALogAxis() throws IOException {
        writeSweep(12);
        Files.writeString(dir.resolve("sweep.yaml"), "design: latin-hypercube\nparameters:\n  - path: gpu_life\n"
                + "    min: 3\n    max: 15\n    scale: log\n");
        assertEquals(java.util.Set.of("gpu_life"), SweepReport.logScaled(dir));
        CsvTable runs = CsvTable.read(dir.resolve("runs.csv"));
        Figure f = OutcomeScatter.of(runs, List.of("gpu_life"), SweepReport.logScaled(dir)).get(1);
        var plot = (org.jfree.chart.plot.CombinedRangeXYPlot) f.chart().getPlot();
        var panel = (org.jfree.chart.plot.XYPlot) plot.getSubplots().get(0);
        assertTrue(panel.getDomainAxis() instanceof org.jfree.chart.axis.LogAxis, panel.getDomainAxis().toString());
        Reports.write(dir);
        ReportAssertions.assertNonBlankPng(dir.resolve("chart-scatter-max-drawdown.png"));
    }

    @Test
    void aNamedParameterGetsACategoryAxisAndASweepWithSeriesGetsPooledFans() throws IOException {
        StringBuilder runs = new StringBuilder("run_id,point_id,replicate,seed,status,fed.qe,peak_month,max_drawdown,"
                + "bust_month,capex_cut,error\n");
        Files.createDirectories(dir.resolve("series"));
        for (int i = 0; i < 6; i++) {
            runs.append(String.format(Locale.ROOT, "%d,%d,0,%d,ok,%s,%d,0.%d,%s,0.%d,%n", i, i, i, i % 2 == 0 ? "auto" : "off",
                    20 + i, 3 + i, i % 2 == 0 ? "" : "40", 2 + i));
            StringBuilder series = new StringBuilder("month,ai_index,unemployment\n");
            for (int m = 0; m < 24; m++) {
                series.append(m).append(',').append(100 + m * (i + 1)).append(',').append(0.04 + 0.001 * m).append('\n');
            }
            Files.writeString(dir.resolve("series").resolve(String.format(Locale.ROOT, "run-%06d.csv", i)), series);
        }
        Files.writeString(dir.resolve("runs.csv"), runs);
        Files.writeString(dir.resolve("manifest.json"), "{\"parameters\":[\"fed.qe\"]}");
        String text = Files.readString(Reports.write(dir));
        ReportAssertions.assertNonBlankPng(dir.resolve("chart-scatter-capex-cut.png"));
        ReportAssertions.assertNonBlankPng(dir.resolve("chart-fan-ai-index.png"));
        ReportAssertions.assertNonBlankPng(dir.resolve("chart-fan-unemployment.png"));
        assertTrue(text.contains("Over time, across all runs of the sweep pooled (series/)"), text);
        assertFalse(Files.exists(dir.resolve("series_quantiles.csv")), "the report writes no data file");
    }

    @Test
    void fanChartsReadCalendarMonthsFromTheManifestsRunStart() {
        org.jfree.data.xy.YIntervalSeries[] bands = {new org.jfree.data.xy.YIntervalSeries("in"),
            new org.jfree.data.xy.YIntervalSeries("out")};
        for (int m = 0; m <= 24; m++) {
            bands[0].add(m, 1, 0, 2);
            bands[1].add(m, 1, -1, 3);
        }
        org.jfree.chart.plot.XYPlot dated = FanCharts.chart("t", "y", bands, false, java.time.YearMonth.of(2026, 1))
                .getXYPlot();
        assertEquals("month (0 = Jan 2026)", dated.getDomainAxis().getLabel());
        assertEquals("month", FanCharts.chart("t", "y", bands, false, null).getXYPlot().getDomainAxis().getLabel(),
                "a folder written before run_start was recorded keeps plain months");
        org.jfree.data.xy.YIntervalSeries[] none = {new org.jfree.data.xy.YIntervalSeries("in"),
            new org.jfree.data.xy.YIntervalSeries("out")};
        for (int m = 0; m <= 24; m++) {
            none[0].add(m, 0, -1e-12, 1e-12);
            none[1].add(m, 0, -2e-12, 2e-12);
        }
        org.jfree.chart.axis.ValueAxis zero = FanCharts.chart("t", "y", none, true, null).getXYPlot().getRangeAxis();
        assertEquals(-1, zero.getLowerBound(), 0.0, "no difference: one unit either side of 0, not the rounding");
        assertEquals(1, zero.getUpperBound(), 0.0);
        com.fasterxml.jackson.databind.node.ObjectNode manifest = org.aibubble.sim.format.Mappers.json().createObjectNode();
        manifest.put("run_start", "2027-03");
        assertEquals(java.time.YearMonth.of(2027, 3), RunFolderInfo.month(manifest, "run_start", Path.of("m.json")));
        manifest.put("run_start", "March");
        assertThrows(ReportException.class, () -> RunFolderInfo.month(manifest, "run_start", Path.of("m.json")));
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
