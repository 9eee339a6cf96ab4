package org.aibubble.sim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportTest {
    @TempDir
    Path dir;

    @Test
    void writesEveryChartAsANonBlankPng() throws IOException {
        RunFolderFixture.write(dir);
        RunReport.write(dir);
        List<String> expected = List.of("chart-ai-index.png", "chart-capex.png", "chart-compute-price-revenue.png",
                "chart-private-credit.png", "chart-policy.png", "chart-unemployment.png", "chart-consumption.png",
                "chart-ledger-error.png");
        for (String png : expected) {
            ReportAssertions.assertNonBlankPng(dir.resolve(png));
        }
    }

    @Test
    void htmlReferencesOnlyFilesItShipsAndNoNetwork() throws IOException {
        RunFolderFixture.write(dir);
        Path html = RunReport.write(dir);
        ReportAssertions.assertSelfContained(html);
        assertEquals(8, ReportAssertions.references(Files.readString(html)).size());
    }

    @Test
    void reportOpensWithDescriptionAndSummaryAndEscapesText() throws IOException {
        RunFolderFixture.write(dir);
        String html = Files.readString(RunReport.write(dir));
        int description = html.indexOf("Fixture boom &amp; bust &lt;test&gt;.");
        int firstImage = html.indexOf("<img");
        assertTrue(description > 0 && description < firstImage, "description before the charts");
        assertTrue(html.indexOf("max drawdown") < firstImage, "summary metrics before the charts");
        assertTrue(html.contains("rose 80.0% to its peak in month 30"), html);
        assertTrue(html.contains("the bust came in month 33"));
        assertTrue(html.contains("<div class=\"v\">45.0%</div><div class=\"k\">max drawdown</div>"), html);
        assertTrue(html.contains("<div class=\"v\">$1201 bn</div>"), html);
        assertTrue(html.contains("<div class=\"v\">+3.2 pp</div>"), html);
        assertFalse(html.contains("Not in series.csv"), "fixture has every column");
    }

    @Test
    void theProvenanceTableLeavesOutTheProgressTheManifestRecordsLater() throws IOException {
        RunFolderFixture.write(dir);
        // as the run command leaves it when it writes the report: the manifest still says running
        Files.writeString(dir.resolve("manifest.json"), "{\"git_commit\":\"abc\",\"seed\":42,\"status\":\"running\","
                + "\"end_time\":null,\"months_completed\":0,\"error\":null}");
        String html = Files.readString(RunReport.write(dir));
        assertTrue(html.contains("git_commit") && html.contains("abc"), "what made the run is shown");
        for (String field : RunReport.PROGRESS_FIELDS) {
            assertFalse(html.contains("<td>" + field + "</td>"), field + " is left out");
        }
        assertFalse(html.contains("running"), "a finished run's report does not say it is running");
    }

    @Test
    void hyperscalersAreNamedInLegendsByTheConfigsNames() throws IOException {
        com.fasterxml.jackson.databind.JsonNode config = org.aibubble.sim.format.Mappers.yaml().readTree(
                "hyperscalers:\n  firms:\n    - {id: h1, name: search & cloud}\n    - {id: h2}\n");
        assertEquals(java.util.Map.of("h1", "h1 search & cloud", "h2", "h2"), RunFolderInfo.firmLabels(config),
                "a firm without a name keeps its id");
        RunFolderFixture.write(dir);
        SeriesTable series = SeriesTable.read(dir.resolve("series.csv"));
        RunCharts charts = new RunCharts(series, SummaryFile.read(dir.resolve("summary.json")), null,
                java.util.Map.of("h1", "h1 search & cloud"));
        org.jfree.chart.JFreeChart capex = charts.figures().stream().filter(f -> f.fileName().contains("capex"))
                .findFirst().orElseThrow().chart();
        StringBuilder legend = new StringBuilder();
        for (int i = 0; i < capex.getXYPlot().getLegendItems().getItemCount(); i++) {
            legend.append(capex.getXYPlot().getLegendItems().get(i).getLabel()).append('|');
        }
        assertTrue(legend.toString().contains("h1 search & cloud|"), legend.toString());
    }

    @Test
    void saysWhichColumnsAreMissingInsteadOfFailing() throws IOException {
        RunFolderFixture.write(dir);
        Files.writeString(dir.resolve("series.csv"), "month,ai_index,broad_index\n0,100,100\n1,110,101\n");
        String html = Files.readString(RunReport.write(dir));
        assertTrue(html.contains("Not in series.csv, so not drawn: ai_revenue, capex_&lt;id&gt;, capex_total"), html);
        assertTrue(html.contains("unemployment, yield_10y</p>"), html);
        ReportAssertions.assertSelfContained(dir.resolve("report.html"));
    }

    @Test
    void markersComeFromTheSummaryAndTheSeries() throws IOException {
        RunFolderFixture.write(dir);
        SeriesTable series = SeriesTable.read(dir.resolve("series.csv"));
        List<RunCharts.Marker> markers = RunCharts.markers(series, series.column("month"),
                SummaryFile.read(dir.resolve("summary.json")));
        assertTrue(markers.contains(new RunCharts.Marker(RunCharts.Event.PEAK, 30, "AI peak")), markers.toString());
        assertTrue(markers.contains(new RunCharts.Marker(RunCharts.Event.QE_START, 40, "QE")), markers.toString());
        assertEquals(1, markers.stream().filter(m -> m.event() == RunCharts.Event.QE_START).count(), "one QE spell");
        assertTrue(markers.stream().noneMatch(m -> m.event() == RunCharts.Event.TROUGH), "the summary has no trough");
        Files.writeString(dir.resolve("series.csv"), "month,ai_index,lab_failures,pc_gated_funds,qe_flow\n"
                + "0,100,0,0,0\n1,90,0,0,5\n2,80,2,1,0\n3,70,3,2,5\n");
        series = SeriesTable.read(dir.resolve("series.csv"));
        assertEquals(List.of(new RunCharts.Marker(RunCharts.Event.QE_START, 1, "QE"),
                new RunCharts.Marker(RunCharts.Event.LAB_FAILURE, 2, "2 labs fail"),
                new RunCharts.Marker(RunCharts.Event.FIRST_GATE, 2, "first gate"),
                new RunCharts.Marker(RunCharts.Event.LAB_FAILURE, 3, "lab fails"),
                new RunCharts.Marker(RunCharts.Event.QE_START, 3, "QE"),
                new RunCharts.Marker(RunCharts.Event.PEAK, 30, "AI peak")),
                RunCharts.markers(series, series.column("month"), SummaryFile.read(dir.resolve("summary.json"))));
    }

    @Test
    void timeAxesReadCalendarMonthsFromRunStart() throws IOException {
        RunFolderFixture.write(dir);
        RunCharts charts = new RunCharts(SeriesTable.read(dir.resolve("series.csv")),
                SummaryFile.read(dir.resolve("summary.json")), RunFolderInfo.read(dir).start());
        for (Figure f : charts.figures()) {
            var axis = (org.jfree.chart.axis.NumberAxis) f.chart().getXYPlot().getDomainAxis();
            assertEquals("month (0 = Jan 2026)", axis.getLabel(), f.fileName());
            assertEquals("Jan 2027", axis.getTickUnit().valueToString(12), f.fileName());
        }
        assertEquals("Mar 2027", MonthAxis.label(java.time.YearMonth.of(2026, 1), 14));
    }

    @Test
    void bustWindowRunsFromBustToTrough() {
        double[] months = {0, 1, 2, 3, 4, 5};
        double[] index = {100, 120, 90, 70, 80, 75};
        assertEquals(new BustWindow(2, 3), BustWindow.of(months, index, java.util.Optional.of(2.0)).orElseThrow());
        assertTrue(BustWindow.of(months, index, java.util.Optional.empty()).isEmpty());
    }
}
