package org.aibubble.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep and merge commands on the real run pipeline, with small runs (1,000 households, 12 months). */
class SweepCommandTest {
    /** The shipped baseline, small and short, with two events whose sizes the test sweeps vary. */
    static final String BASE = "extends: baseline.yaml\n" + """
            run:
              seed: 42
              months: 12
              households: 1000
            scenario:
              name: sweep-test
              description: a test base with two events
              events:
                - type: efficiency-shock
                  when: "month >= 4"
                  size: 0.3
                  duration: 1
                - type: redemption-wave
                  when: "month >= 6"
                  size: 0.05
                  duration: 3
            """;
    static final String SWEEP = """
            base: base.yaml
            design: latin-hypercube
            points: 4
            replicates: 2
            seed: 11
            months: 12
            households: 1000
            keep: summary
            parameters:
              - path: scenario.events[0].size
                min: 0.1
                max: 0.6
              - path: scenario.events[1].size
                min: 0.0
                max: 0.15
            """;
    private static final List<String> FILES = List.of("runs.csv", "aggregate.csv", "manifest.json", "sweep.yaml");

    @TempDir
    Path dir;

    private CliRunner.Outcome cli(String... args) {
        return new CliRunner(dir).run(args);
    }

    /** Writes {@link #BASE} as {@code base.yaml} into {@code dir}, next to a copy of the shipped baseline it extends. */
    static void writeBase(Path dir) throws IOException {
        Files.copy(Path.of("..", "configs", "baseline.yaml"), dir.resolve("baseline.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(dir.resolve("base.yaml"), BASE);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    static void assertSameFiles(Path expected, Path actual, List<String> names) throws IOException {
        for (String name : names) {
            assertEquals(Files.readString(expected.resolve(name)), Files.readString(actual.resolve(name)), name);
        }
    }

    /** Asserts exit code 2, one line on stderr starting with "error: " and no new file. */
    private String assertBadInput(String... args) throws IOException {
        List<Path> before;
        try (Stream<Path> files = Files.list(dir)) {
            before = files.sorted().toList();
        }
        CliRunner.Outcome outcome = cli(args);
        assertEquals(2, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().startsWith("error: "), outcome.err());
        assertEquals(1, outcome.err().lines().count(), outcome.err());
        assertFalse(outcome.err().contains("\tat "), outcome.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(before, files.sorted().toList(), "nothing may be created on bad input");
        }
        return outcome.err().trim();
    }

    private String badSweep(String from, String to) throws IOException {
        writeBase(dir);
        assertTrue(SWEEP.contains(from), from);
        write("bad.yaml", SWEEP.replace(from, to));
        return assertBadInput("sweep", "bad.yaml");
    }

    @Test
    void badSweepFilesFailWithOneLineNamingKeyValueAndWhatIsAllowed() throws IOException {
        assertEquals("error: design = \"factorial\": must be one of grid, random, latin-hypercube, sobol, saltelli",
                badSweep("latin-hypercube", "factorial"));
        assertEquals("error: replicates = 0: must be an integer in [1, 100000]", badSweep("replicates: 2", "replicates: 0"));
        assertEquals("error: unknown key colour (allowed: base, design, points, sensitivity, replicates, seed, seeds, "
                + "months, households, keep, parameters)", badSweep("keep: summary", "keep: summary\ncolour: red"));
        assertEquals("error: points = (missing): is required for this design: an integer in [1, 1000000]",
                badSweep("points: 4\n", ""));
        assertEquals("error: parameters[1].max = 0: must be above min (0.0)", badSweep("max: 0.15", "max: 0.0"));
        assertEquals("error: parameters[0].levels = 3: applies to the grid design only",
                badSweep("max: 0.6", "max: 0.6\n    levels: 3"));
        assertEquals("error: base = \"nope.yaml\": no such config file (looked for " + dir.resolve("nope.yaml") + ")",
                badSweep("base: base.yaml", "base: nope.yaml"));
    }

    @Test
    void aBaseOutsideTheSweepsFolderIsRefusedWithoutSayingWhetherItExists() throws IOException {
        Path outside = Files.createTempDirectory("sweep-base-outside");
        Path secret = outside.resolve("secret.yaml");
        Files.writeString(secret, "run:\n  seed: 1\n");
        String allowed = ": a base must be in the sweep file's folder or below it, or in the configs folder that "
                + "holds it (as for extends:)";
        assertEquals("error: base = \"" + secret + "\"" + allowed,
                badSweep("base: base.yaml", "base: " + secret));
        assertEquals("error: base = \"../nope.yaml\"" + allowed, badSweep("base: base.yaml", "base: ../nope.yaml"));
        Files.createSymbolicLink(dir.resolve("link.yaml"), secret);
        assertEquals("error: base = \"link.yaml\"" + allowed, badSweep("base: base.yaml", "base: link.yaml"));
    }

    @Test
    void parameterPathsAndValuesAreCheckedAgainstTheBaseConfigBeforeAnyRun() throws IOException {
        assertEquals("error: parameters[0].path = \"scenario.events[2].size\": the base config has no entry "
                + "scenario.events[2] (the list has 2 entries)", badSweep("events[0]", "events[2]"));
        assertEquals("error: parameters[1].path = \"scenario.event[1].size\": the base config has no key "
                + "scenario.event (scenario has: name, description, events)", badSweep("events[1]", "event[1]"));
        assertTrue(badSweep("max: 0.6", "max: 600").startsWith(
                "error: parameters[0].max = 600.0: the base config rejects it: scenario.events[0].size = 600"));
        assertTrue(badSweep("path: scenario.events[1].size", "path: run.start").startsWith(
                "error: parameters[1].min = 0.0: the base config rejects it:"));
    }

    @Test
    void aDryRunChecksEverythingAndRunsNothing() throws IOException {
        writeBase(dir);
        write("s.yaml", SWEEP);
        CliRunner.Outcome outcome = cli("sweep", "s.yaml", "--dry-run");
        assertEquals(0, outcome.exitCode(), outcome.err());
        assertEquals("sweep s: latin-hypercube, 4 points x 2 replicates = 8 runs, 2 parameters; "
                + "the base config accepts every point", outcome.out().trim());
        assertFalse(Files.exists(dir.resolve("outputs")));
    }

    @Test
    void oneAndTwoThreadsGiveByteIdenticalFiles() throws IOException {
        writeBase(dir);
        write("s.yaml", SWEEP);
        CliRunner.Outcome one = cli("sweep", "s.yaml", "--threads", "1", "--out", "one");
        CliRunner.Outcome two = cli("sweep", "s.yaml", "--threads", "2");
        assertEquals(0, one.exitCode(), one.err());
        assertEquals(0, two.exitCode(), two.err());
        assertTrue(two.out().startsWith("done: 8 runs (8 now, 0 failed) in "), two.out());
        assertSameFiles(dir.resolve("one"), dir.resolve("outputs/sweeps/s"), FILES);
        assertEquals(9, Files.readAllLines(dir.resolve("one/runs.csv")).size());
    }

    @Test
    void shardsMergedEqualTheUnshardedSweep() throws IOException {
        writeBase(dir);
        write("s.yaml", SWEEP);
        assertEquals(0, cli("sweep", "s.yaml", "--threads", "2", "--out", "whole").exitCode());
        CliRunner.Outcome s1 = cli("sweep", "s.yaml", "--shard", "1/2", "--threads", "1");
        CliRunner.Outcome s2 = cli("sweep", "s.yaml", "--shard", "2/2", "--threads", "2");
        assertEquals(0, s1.exitCode(), s1.err());
        assertEquals(0, s2.exitCode(), s2.err());
        CliRunner.Outcome merged = cli("merge", "outputs/sweeps/s-shard-2-of-2", "outputs/sweeps/s-shard-1-of-2",
                "--out", "merged");
        assertEquals(0, merged.exitCode(), merged.err());
        assertTrue(merged.out().startsWith("merged: 2 shards, 8 runs (0 failed)"), merged.out());
        assertSameFiles(dir.resolve("whole"), dir.resolve("merged"), FILES);
        assertTrue(assertBadInput("merge", "outputs/sweeps/s-shard-1-of-2", "--out", "m2")
                .startsWith("error: shard 2/2 is missing"));
        assertTrue(assertBadInput("sweep", "s.yaml", "--shard", "3/2").startsWith("error: --shard = 3/2: must be K/N"));
    }

    @Test
    void aKilledSweepResumesToTheSameBytes() throws IOException {
        writeBase(dir);
        write("s.yaml", SWEEP);
        assertEquals(0, cli("sweep", "s.yaml", "--out", "clean").exitCode());
        Path killed = dir.resolve("killed");
        assertEquals(0, cli("sweep", "s.yaml", "--out", "killed").exitCode());
        List<String> lines = Files.readAllLines(killed.resolve("runs.csv"));
        Files.writeString(killed.resolve("runs.csv"), String.join("\n", lines.subList(0, 4)) + "\n"
                + lines.get(6).substring(0, 10));
        Files.delete(killed.resolve("aggregate.csv"));
        CliRunner.Outcome resumed = cli("sweep", "s.yaml", "--out", "killed", "--threads", "2");
        assertEquals(0, resumed.exitCode(), resumed.err());
        assertTrue(resumed.out().startsWith("done: 8 runs (5 now, 3 resumed, 0 failed)"), resumed.out());
        assertSameFiles(dir.resolve("clean"), killed, FILES);

        assertEquals(0, cli("run", "base.yaml", "--out", "a-run").exitCode());
        assertTrue(assertBadInput("sweep", "s.yaml", "--out", "a-run").endsWith("is not a sweep's or an ensemble's "
                + "(a run folder?); use another folder"));
        assertTrue(assertBadInput("merge", "a-run", "--out", "m").endsWith("(a run folder?); use another folder"));

        write("s.yaml", SWEEP.replace("seed: 11", "seed: 12"));
        assertTrue(assertBadInput("sweep", "s.yaml", "--out", "killed").contains("was made from a different s.yaml"));
    }

    @Test
    void aDamagedRunsFileIsRefusedWithTheFileAndLine() throws IOException {
        writeBase(dir);
        write("s.yaml", SWEEP);
        CliRunner.Outcome made = cli("sweep", "s.yaml", "--out", "d");
        assertEquals(0, made.exitCode(), made.err());
        Path runs = dir.resolve("d/runs.csv");
        List<String> lines = Files.readAllLines(runs);
        List<String> shortRow = new java.util.ArrayList<>(lines);
        shortRow.set(2, lines.get(2).substring(0, lines.get(2).indexOf(",ok,") + 3));
        Files.writeString(runs, String.join("\n", shortRow) + "\n");
        assertTrue(assertBadInput("report", "d").matches("error: .*runs\\.csv line 3 has 5 cells, the header has \\d+"));
        assertTrue(assertBadInput("sweep", "s.yaml", "--out", "d").matches(
                "error: .*runs\\.csv line 3 has 5 cells, the header has \\d+; remove the line or use another --out folder"));
        List<String> unclosed = new java.util.ArrayList<>(lines);
        unclosed.set(3, lines.get(3).replace(",ok,", ",\"ok,"));
        Files.writeString(runs, String.join("\n", unclosed) + "\n");
        assertTrue(assertBadInput("report", "d").endsWith("runs.csv line 4: a quoted cell is not closed "
                + "(its quote runs to the end of the file)"));
        assertTrue(assertBadInput("sweep", "s.yaml", "--out", "d").endsWith("runs.csv line 4: a quoted cell is not "
                + "closed (its quote runs to the end of the file); remove the line or use another --out folder"));
    }
}
