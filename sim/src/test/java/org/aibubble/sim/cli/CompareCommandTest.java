package org.aibubble.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.aibubble.sim.format.Csv;
import org.aibubble.sim.format.CsvRows;
import org.aibubble.sim.format.Mappers;
import org.aibubble.sim.format.NumberText;
import org.aibubble.sim.report.SeriesTable;
import org.aibubble.sim.stats.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** The compare command on the real run pipeline, with small runs (300 households, 8 months). */
class CompareCommandTest {
    private static final String BASE = "extends: baseline.yaml\n" + """
            run:
              seed: 42
              months: 8
              households: 300
            scenario:
              name: compare-test
              description: a small, short baseline
              events: []
            """;
    /** The base with a cheap open model halving the compute price in month 2. */
    private static final String SHOCK = "extends: base.yaml\n" + """
            scenario:
              name: compare-shock
              description: an efficiency shock in month 2
              events:
                - type: efficiency-shock
                  when: "month >= 2"
                  size: 0.5
                  duration: 1
            """;
    private static final List<String> FILES = List.of("compare.json", "difference_quantiles.csv", "1-base/runs.csv",
            "2-shock/runs.csv", "1-base/series_quantiles.csv", "2-shock/series_quantiles.csv");

    @TempDir
    Path dir;

    private CliRunner.Outcome cli(String... args) {
        return new CliRunner(dir).run(args);
    }

    private void writeConfigs() throws IOException {
        Files.copy(Path.of("..", "configs", "baseline.yaml"), dir.resolve("baseline.yaml"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("base.yaml"), BASE);
        Files.writeString(dir.resolve("shock.yaml"), SHOCK);
    }

    private JsonNode json(Path file) throws IOException {
        return Mappers.json().readTree(file.toFile());
    }

    @Test
    void aConfigComparedWithItselfHasZeroBandsAndIntervalsHoldingZero() throws IOException {
        writeConfigs();
        CliRunner.Outcome same = cli("compare", "base.yaml", "base.yaml", "--seeds", "3", "--out", "same");
        assertEquals(0, same.exitCode(), same.err());
        CsvRows rows = csv(dir.resolve("same/difference_quantiles.csv"));
        assertEquals(List.of("config", "month", "column", "pairs", "p5", "p25", "p50", "p75", "p95"), rows.header());
        assertFalse(rows.rows().isEmpty());
        for (List<String> row : rows.rows()) {
            assertEquals("2-base", row.get(0));
            assertEquals("3", row.get(3), row.toString());
            for (String p : row.subList(4, 9)) {
                assertEquals(0.0, Double.parseDouble(p), 0, row.toString());
            }
        }
        JsonNode comparison = json(dir.resolve("same/compare.json")).get("comparisons").get(0);
        assertEquals(3, comparison.get("pairs").asInt());
        assertEquals(3, comparison.get("identical_pairs").asInt(), "a config is its own twin on every seed");
        Iterator<Map.Entry<String, JsonNode>> metrics = comparison.get("metrics").fields();
        int checked = 0;
        while (metrics.hasNext()) {
            Map.Entry<String, JsonNode> m = metrics.next();
            JsonNode e = m.getValue();
            if (e.get("pairs").asInt() == 0) {
                continue;
            }
            checked++;
            assertEquals(0.0, e.get("median_difference").asDouble(), 0, m.getKey());
            assertTrue(e.get("mean_difference_low").asDouble() <= 0 && 0 <= e.get("mean_difference_high").asDouble(),
                    m.getKey() + ": " + e);
            assertEquals(e.get("reference_median"), e.get("other_median"), m.getKey());
        }
        assertTrue(checked >= 10, "the summary metrics are compared: " + checked);
    }

    @Test
    void oneAndTwoThreadsGiveByteIdenticalFilesAndDifferencesArePairedBySeed() throws IOException {
        writeConfigs();
        CliRunner.Outcome one = cli("compare", "base.yaml", "shock.yaml", "--seeds", "4", "--threads", "1", "--out", "one");
        CliRunner.Outcome two = cli("compare", "base.yaml", "shock.yaml", "--seeds", "4", "--threads", "2");
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(0, two.exitCode(), two.err());
        Path dflt = dir.resolve("outputs/compare/base-vs-shock-4seeds");
        SweepCommandTest.assertSameFiles(dir.resolve("one"), dflt, FILES);
        assertTrue(two.out().contains("done: 8 runs (0 failed), compared in "), two.out());

        CsvRows rows = csv(dflt.resolve("difference_quantiles.csv"));
        boolean moved = false;
        for (List<String> row : rows.rows()) {
            moved |= Double.parseDouble(row.get(8)) != 0 || Double.parseDouble(row.get(4)) != 0;
        }
        assertTrue(moved, "the shock moves some series, so the test of pairing below is not about zeros");
        for (String column : List.of("compute_price", "ai_index", "unemployment")) {
            double[] d = new double[4];
            for (int seed = 0; seed < 4; seed++) {
                String file = "series/run-00000" + seed + ".csv";
                double b = SeriesTable.read(dflt.resolve("2-shock").resolve(file)).column(column)[5];
                double a = SeriesTable.read(dflt.resolve("1-base").resolve(file)).column(column)[5];
                d[seed] = b - a;
            }
            List<String> expected = new ArrayList<>(List.of("2-shock", "5", column, "4"));
            for (double p : new double[] {5, 25, 50, 75, 95}) {
                expected.add(NumberText.format(Statistics.quantile(d, p)));
            }
            assertTrue(rows.rows().contains(expected), "month 5 of " + column + ": " + expected);
        }

        JsonNode drawdown = json(dflt.resolve("compare.json")).get("comparisons").get(0).get("metrics").get("max_drawdown");
        CsvRows a = csv(dflt.resolve("1-base/runs.csv"));
        CsvRows b = csv(dflt.resolve("2-shock/runs.csv"));
        int column = a.header().indexOf("max_drawdown");
        double sum = 0;
        for (int i = 0; i < 4; i++) {
            assertEquals(a.rows().get(i).get(3), b.rows().get(i).get(3), "the same seed on both sides");
            sum += Double.parseDouble(b.rows().get(i).get(column)) - Double.parseDouble(a.rows().get(i).get(column));
        }
        assertEquals(sum / 4, drawdown.get("mean_difference").asDouble(), 1e-12);
        assertEquals(4, drawdown.get("pairs").asInt());
        assertEquals(0, json(dflt.resolve("compare.json")).get("comparisons").get(0).get("identical_pairs").asInt(),
                "the shock moves the compute price on every seed");

        String report = Files.readString(dflt.resolve("report.html"));
        for (String chart : List.of("chart-diff-2-ai-index.png", "chart-diff-2-unemployment.png",
                "chart-diff-2-yield-10y.png", "chart-diff-2-fed-assets.png")) {
            assertTrue(report.contains(chart), chart);
            assertTrue(Files.size(dflt.resolve(chart)) > 1000, chart);
        }
        assertTrue(report.contains("90% interval of the mean difference"), "the effects table");
        assertTrue(Files.isRegularFile(dflt.resolve("1-base/report.html")), "each ensemble folder is complete");
        CliRunner.Outcome rebuilt = cli("report", dflt.toString());
        assertEquals(0, rebuilt.exitCode(), rebuilt.err());
        assertEquals(report, Files.readString(dflt.resolve("report.html")));
    }

    @Test
    void ensembleFoldersArePairedBySeedAsConfigsAre() throws IOException {
        writeConfigs();
        assertEquals(0, cli("ensemble", "base.yaml", "--seeds", "3", "--out", "ea").exitCode());
        assertEquals(0, cli("ensemble", "shock.yaml", "--seeds", "3", "--out", "eb").exitCode());
        CliRunner.Outcome folders = cli("compare", "ea", "eb");
        assertEquals(0, folders.exitCode(), folders.err());
        CliRunner.Outcome configs = cli("compare", "base.yaml", "shock.yaml", "--seeds", "3", "--out", "cfg");
        assertEquals(0, configs.exitCode(), configs.err());
        Path fromFolders = dir.resolve("outputs/compare/ea-vs-eb");
        SweepCommandTest.assertSameFiles(dir.resolve("cfg"), fromFolders, List.of("difference_quantiles.csv"));
        JsonNode f = json(fromFolders.resolve("compare.json"));
        JsonNode c = json(dir.resolve("cfg/compare.json"));
        assertEquals(c.get("comparisons"), f.get("comparisons"));
        assertEquals(c.get("seeds"), f.get("seeds"));
        assertEquals(dir.resolve("ea").toString(), f.get("configs").get(0).get("folder").asText(),
                "a reference to the given folder, not a copy");
        assertFalse(Files.exists(fromFolders.resolve("1-base")));
    }

    @Test
    void foldersThatDoNotPairOrAreIncompleteAreRefused() throws IOException {
        writeConfigs();
        assertEquals(0, cli("ensemble", "base.yaml", "--seeds", "3", "--out", "ea").exitCode());
        assertEquals(0, cli("ensemble", "shock.yaml", "--seeds", "3", "--seed", "50", "--out", "e50").exitCode());
        assertTrue(assertBadInput("compare", "ea", "e50").contains("e50: its seeds (50..52) do not match those of "
                + "the reference " + dir.resolve("ea") + " (42..44)"));
        assertEquals(0, cli("ensemble", "shock.yaml", "--seeds", "2", "--out", "e2").exitCode());
        assertTrue(assertBadInput("compare", "ea", "e2").contains("do not match"));

        copy(dir.resolve("ea"), dir.resolve("running"));
        Path manifest = dir.resolve("running/manifest.json");
        Files.writeString(manifest, Files.readString(manifest).replace("\"complete\"", "\"running\""));
        assertTrue(assertBadInput("compare", "ea", "running").contains("running: the ensemble is incomplete"));

        copy(dir.resolve("ea"), dir.resolve("holed"));
        Files.delete(dir.resolve("holed/series/run-000001.csv"));
        assertTrue(assertBadInput("compare", "holed", "ea").contains("series/run-000001.csv, the series of seed 43, "
                + "is missing"));

        copy(dir.resolve("ea"), dir.resolve("broken"));
        Path series = dir.resolve("broken/series/run-000002.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(series));
        lines.set(3, lines.get(3).replaceFirst("^(\\d+),[^,]*", "$1,abc"));
        Files.write(series, lines);
        assertTrue(assertBadInput("compare", "ea", "broken").contains("run-000002.csv line 4 column ai_index = \"abc\": "
                + "expected a number"));

        assertTrue(assertBadInput("compare", "ea", "base.yaml").startsWith("error: give configs or ensemble folders, "
                + "not both"));
        assertTrue(assertBadInput("compare", "ea", "ea", "--seeds", "3").contains("--seeds applies to configs"));
        assertTrue(assertBadInput("compare", "ea", "ea", "--columns", "ai_index,nope")
                .contains("--columns = nope: not a series column of"));
    }

    @Test
    void badInputIsOneLineWithExitCode2AndWritesNothing() throws IOException {
        writeConfigs();
        Files.writeString(dir.resolve("short.yaml"), "extends: base.yaml\nrun:\n  months: 6\n");
        assertEquals("error: compare needs at least two configs or ensemble folders (the first is the reference), got 1",
                assertBadInput("compare", "base.yaml", "--seeds", "3"));
        assertEquals("error: --seeds = 0: must be an integer in [1, 1000000]",
                assertBadInput("compare", "base.yaml", "shock.yaml", "--seeds", "0"));
        assertTrue(assertBadInput("compare", "base.yaml", "shock.yaml").contains("--seeds is required"));
        assertTrue(assertBadInput("compare", "base.yaml", "shock.yaml", "--seeds", "x").contains("'x' must be a whole"));
        assertEquals("error: --columns = nope: not a series column of " + dir.resolve("base.yaml")
                        + " (the columns are listed in docs/COLUMNS.md; month is the time axis)",
                assertBadInput("compare", "base.yaml", "shock.yaml", "--seeds", "3", "--columns", "unemployment,nope"));
        assertTrue(assertBadInput("compare", "base.yaml", "short.yaml", "--seeds", "3")
                .contains("short.yaml: run.months = 6, the reference " + dir.resolve("base.yaml") + " runs 8"));
        assertEquals("error: config file " + dir.resolve("nope.yaml") + " not found",
                assertBadInput("compare", "base.yaml", "nope.yaml", "--seeds", "3"));
        assertTrue(assertBadInput("compare", "base.yaml", "shock.yaml", "--seeds", "3", "--set", "run.nope=1")
                .contains("run.nope"));
        Files.writeString(dir.resolve("note.txt"), "mine");
        assertTrue(assertBadInput("compare", "base.yaml", "shock.yaml", "--seeds", "3", "--out", ".")
                .contains("which this comparison does not write"));
    }

    @Test
    void runningTheSameCommandAgainResumesIntoTheSameFolder() throws IOException {
        writeConfigs();
        CliRunner.Outcome first = cli("compare", "base.yaml", "shock.yaml", "--seeds", "2", "--out", "c");
        assertEquals(0, first.exitCode(), first.err());
        String json = Files.readString(dir.resolve("c/compare.json"));
        CliRunner.Outcome again = cli("compare", "base.yaml", "shock.yaml", "--seeds", "2", "--out", "c");
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("done: 4 runs (0 failed)"), again.out());
        assertEquals(json, Files.readString(dir.resolve("c/compare.json")));
    }

    /** Asserts exit code 2, one line on stderr starting with "error: " and no new file; returns the line. */
    private String assertBadInput(String... args) throws IOException {
        List<Path> before = listing();
        CliRunner.Outcome outcome = cli(args);
        assertEquals(2, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().startsWith("error: "), outcome.err());
        assertEquals(1, outcome.err().lines().count(), outcome.err());
        assertEquals(before, listing(), "nothing may be created on bad input");
        return outcome.err().trim();
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.sorted().toList();
        }
    }

    private static CsvRows csv(Path file) {
        try {
            return Csv.read(file);
        } catch (org.aibubble.sim.format.MalformedCsvException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted().toList()) {
                Files.copy(f, to.resolve(from.relativize(f).toString()));
            }
        }
    }
}
