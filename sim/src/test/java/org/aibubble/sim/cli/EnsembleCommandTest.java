package org.aibubble.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aibubble.sim.format.Mappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** The ensemble command on the real run pipeline, with small runs. */
class EnsembleCommandTest {
    @TempDir
    Path dir;

    private CliRunner.Outcome cli(String... args) {
        return new CliRunner(dir).run(args);
    }

    @Test
    void oneAndTwoThreadsGiveByteIdenticalFilesWithOneRowPerSeed() throws IOException {
        SweepCommandTest.writeBase(dir);
        CliRunner.Outcome one = cli("ensemble", "base.yaml", "--seeds", "6", "--threads", "1", "--out", "one");
        CliRunner.Outcome two = cli("ensemble", "base.yaml", "--seeds", "6", "--threads", "2");
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(0, two.exitCode(), two.err());
        Path dflt = dir.resolve("outputs/ensembles/base-6seeds");
        SweepCommandTest.assertSameFiles(dir.resolve("one"), dflt,
                List.of("runs.csv", "ensemble.json", "manifest.json", "series_quantiles.csv"));
        List<String> quantiles = Files.readAllLines(dflt.resolve("series_quantiles.csv"));
        List<String> series = Files.readAllLines(dflt.resolve("series/run-000000.csv"));
        int columns = series.get(0).split(",").length - 1;
        assertEquals(1 + (series.size() - 1) * columns, quantiles.size(), "a row per month and series column");
        assertTrue(quantiles.get(1).startsWith("0,ai_index,6,"), quantiles.get(1));
        assertTrue(Files.isRegularFile(dflt.resolve("chart-fan-ai-index.png")));
        assertTrue(Files.readString(dflt.resolve("report.html")).contains("chart-fan-unemployment.png"));
        List<String> rows = Files.readAllLines(dflt.resolve("runs.csv"));
        assertEquals(7, rows.size());
        for (int i = 0; i < 6; i++) {
            assertTrue(rows.get(i + 1).startsWith(i + ",0," + i + "," + (42 + i) + ",ok,"), rows.get(i + 1));
        }
        JsonNode summary = Mappers.json().readTree(dflt.resolve("ensemble.json").toFile());
        assertEquals(6, summary.get("runs").asInt());
        assertEquals(0, summary.get("failures").asInt());
        assertEquals(summary.get("busts").asDouble() / 6, summary.get("bust_share").asDouble(), 1e-12);
        JsonNode peak = summary.get("quantiles").get("peak_month");
        assertTrue(peak.get("p5").asDouble() <= peak.get("p50").asDouble()
                && peak.get("p50").asDouble() <= peak.get("p95").asDouble());
    }

    @Test
    void setOverridesApplyAndChangeTheFingerprint() throws IOException {
        SweepCommandTest.writeBase(dir);
        assertEquals(0, cli("ensemble", "base.yaml", "--seeds", "2", "--out", "a").exitCode());
        CliRunner.Outcome b = cli("ensemble", "base.yaml", "--seeds", "2", "--set", "run.seed=7", "--out", "b");
        assertEquals(0, b.exitCode(), b.err());
        assertTrue(Files.readAllLines(dir.resolve("b/runs.csv")).get(1).startsWith("0,0,0,7,ok,"));
        assertNotEquals(Files.readString(dir.resolve("a/manifest.json")), Files.readString(dir.resolve("b/manifest.json")));
        CliRunner.Outcome refused = cli("ensemble", "base.yaml", "--seeds", "2", "--set", "run.seed=7", "--out", "a");
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("was made from a different base config"), refused.err());
    }

    @Test
    void overridesGetTheirOwnDefaultFolderAndSeedMonthsAndHouseholdsAreOptions() throws IOException {
        SweepCommandTest.writeBase(dir);
        assertEquals(0, cli("ensemble", "base.yaml", "--seeds", "2").exitCode());
        CliRunner.Outcome small = cli("ensemble", "base.yaml", "--seeds", "2", "--households", "300", "--months", "5");
        assertEquals(0, small.exitCode(), small.err());
        CliRunner.Outcome same = cli("ensemble", "base.yaml", "--seeds", "2", "--set", "run.months=5", "--set",
                "run.households=300");
        assertEquals(0, same.exitCode(), same.err());
        List<Path> folders;
        try (var list = Files.list(dir.resolve("outputs/ensembles"))) {
            folders = list.sorted().toList();
        }
        assertEquals(2, folders.size(), "the options are the overrides they stand for, so one folder: " + folders);
        assertEquals("base-2seeds", folders.get(0).getFileName().toString());
        assertTrue(folders.get(1).getFileName().toString().matches("base-2seeds-set-[0-9a-f]{8}"), folders.toString());
        List<String> series = Files.readAllLines(folders.get(1).resolve("series/run-000000.csv"));
        assertEquals(1 + 5, series.size(), "five months");
        JsonNode manifest = Mappers.json().readTree(folders.get(1).resolve("manifest.json").toFile());
        assertEquals(300, manifest.get("households").asInt());
        CliRunner.Outcome seeded = cli("ensemble", "base.yaml", "--seeds", "2", "--seed", "7", "--out", "s");
        assertEquals(0, seeded.exitCode(), seeded.err());
        assertTrue(Files.readAllLines(dir.resolve("s/runs.csv")).get(1).startsWith("0,0,0,7,ok,"), "--seed: the first seed");
    }

    @Test
    void badInputIsOneLineWithExitCode2() {
        CliRunner.Outcome seeds = cli("ensemble", "nope.yaml", "--seeds", "0");
        assertEquals(2, seeds.exitCode());
        assertEquals("error: --seeds = 0: must be an integer in [1, 1000000]", seeds.err().trim());
        CliRunner.Outcome missing = cli("ensemble", "nope.yaml", "--seeds", "3");
        assertEquals(2, missing.exitCode());
        assertEquals("error: config file " + dir.resolve("nope.yaml") + " not found", missing.err().trim());
        CliRunner.Outcome set = cli("ensemble", "nope.yaml", "--seeds", "3", "--set", "x");
        assertEquals(2, set.exitCode());
        assertEquals(1, set.err().lines().count(), set.err());
    }
}
