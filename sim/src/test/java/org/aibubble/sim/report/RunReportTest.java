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
    void saysWhichColumnsAreMissingInsteadOfFailing() throws IOException {
        RunFolderFixture.write(dir);
        Files.writeString(dir.resolve("series.csv"), "month,ai_index,broad_index\n0,100,100\n1,110,101\n");
        String html = Files.readString(RunReport.write(dir));
        assertTrue(html.contains("Not in series.csv, so not drawn: ai_revenue, capex_&lt;id&gt;, capex_total"), html);
        assertTrue(html.contains("unemployment, yield_10y</p>"), html);
        ReportAssertions.assertSelfContained(dir.resolve("report.html"));
    }

    @Test
    void bustWindowRunsFromBustToTrough() {
        double[] months = {0, 1, 2, 3, 4, 5};
        double[] index = {100, 120, 90, 70, 80, 75};
        assertEquals(new BustWindow(2, 3), BustWindow.of(months, index, java.util.Optional.of(2.0)).orElseThrow());
        assertTrue(BustWindow.of(months, index, java.util.Optional.empty()).isEmpty());
    }
}
