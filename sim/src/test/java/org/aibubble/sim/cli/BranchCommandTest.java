package org.aibubble.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aibubble.sim.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run --checkpoint-at, branch, replay and report, end to end through the command line. */
class BranchCommandTest {
    static final String CONFIG = """
            run:
              seed: 42
              months: 12
              start: "2026-01"
              households: 1000
            scenario:
              name: base
              description: a base run
              events: []
            """ + TestConfigs.MODEL_SECTIONS;
    private static final String SAME = "scenario:\n  name: same\n  description: nothing changes\n";
    private static final String OTHER = "scenario:\n  name: other\n  description: another branch\n  events: []\n";

    @TempDir
    Path dir;

    private CliRunner.Outcome run(String... args) {
        return new CliRunner(dir).run(args);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private Path checkpointedRun() throws IOException {
        write("c.yaml", CONFIG);
        write("same.yaml", SAME);
        write("other.yaml", OTHER);
        CliRunner.Outcome outcome = run("run", "c.yaml", "--out", "whole", "--checkpoint-at", "4");
        assertEquals(0, outcome.exitCode(), outcome.err());
        assertTrue(outcome.out().contains("checkpoint: month 4 -> "), outcome.out());
        return dir.resolve("whole/checkpoint.bin");
    }

    @Test
    void aRunWritesItsReportAndCheckpoint() throws IOException {
        checkpointedRun();
        assertTrue(Files.isRegularFile(dir.resolve("whole/report.html")));
        assertTrue(Files.isRegularFile(dir.resolve("whole/chart-ai-index.png")));
        assertTrue(Files.size(dir.resolve("whole/checkpoint.bin")) > 100);
    }

    @Test
    void continuingWithNoChangeRepeatsTheUninterruptedSeries() throws IOException {
        Path checkpoint = checkpointedRun();
        CliRunner.Outcome outcome = run("branch", checkpoint.toString(), "--scenario", "same.yaml", "--scenario",
                "other.yaml", "--out", "b");
        assertEquals(0, outcome.exitCode(), outcome.err());
        String whole = Files.readString(dir.resolve("whole/series.csv"));
        assertEquals(whole, Files.readString(dir.resolve("b/same/series.csv")));
        assertEquals(whole, Files.readString(dir.resolve("b/other/series.csv")));
        assertTrue(Files.isRegularFile(dir.resolve("b/report.html")));
        assertTrue(Files.isRegularFile(dir.resolve("b/compare-ai-index.png")));
        assertTrue(Files.isRegularFile(dir.resolve("b/same/report.html")));
        assertEquals("", outcome.err());
    }

    @Test
    void aBranchsFedParametersTakeEffectAfterTheBranchMonthOnly() throws IOException {
        Path checkpoint = checkpointedRun();
        write("fast-fed.yaml", "scenario:\n  name: fast-fed\n  description: no inertia\nfed:\n  inertia: 0.0\n"
                + "  inflationWeight: 1.5\n");
        assertEquals(0, run("branch", checkpoint.toString(), "--scenario", "fast-fed.yaml", "--out", "b").exitCode());
        List<String> whole = Files.readAllLines(dir.resolve("whole/series.csv"));
        List<String> fast = Files.readAllLines(dir.resolve("b/fast-fed/series.csv"));
        assertEquals(whole.subList(0, 6), fast.subList(0, 6), "months 0..4 are the saved history");
        int policy = List.of(whole.get(0).split(",")).indexOf("policy_rate");
        assertNotEquals(whole.get(6).split(",")[policy], fast.get(6).split(",")[policy],
                "month 5 is set by the branch's Fed");
        assertTrue(Files.readString(dir.resolve("b/fast-fed/config.yaml")).contains("inertia: 0.0"));
        assertEquals(0, run("replay", "b/fast-fed").exitCode(), "a branch replays without its checkpoint");
    }

    @Test
    void eachContinuationSeedGivesItsOwnDeterministicFuture() throws IOException {
        Path checkpoint = checkpointedRun();
        assertEquals(0, run("branch", checkpoint.toString(), "--scenario", "same.yaml", "--seeds", "2", "--out", "b").exitCode());
        assertEquals(0, run("branch", checkpoint.toString(), "--scenario", "same.yaml", "--seeds", "2", "--out", "c").exitCode());
        List<String> s42 = Files.readAllLines(dir.resolve("b/same-seed-42/series.csv"));
        List<String> s43 = Files.readAllLines(dir.resolve("b/same-seed-43/series.csv"));
        List<String> whole = Files.readAllLines(dir.resolve("whole/series.csv"));
        assertEquals(whole.subList(0, 6), s42.subList(0, 6), "the shared history up to month 4");
        assertNotEquals(s42.get(6), s43.get(6), "different seeds, different futures");
        assertEquals(s43, Files.readAllLines(dir.resolve("c/same-seed-43/series.csv")), "deterministic");
    }

    @Test
    void replayFindsARunAndABranchIdenticalAndNamesTheFirstDifference() throws IOException {
        Path checkpoint = checkpointedRun();
        assertEquals(0, run("branch", checkpoint.toString(), "--scenario", "same.yaml", "--seeds", "1", "--out", "b").exitCode());
        CliRunner.Outcome whole = run("replay", "whole");
        assertEquals(0, whole.exitCode(), whole.err());
        assertTrue(whole.out().startsWith("identical: 13 lines"), whole.out());
        assertEquals(0, run("replay", "b/same-seed-42").exitCode());

        Path series = dir.resolve("whole/series.csv");
        List<String> lines = Files.readAllLines(series);
        lines.set(3, lines.get(3).replaceFirst(",", ",9"));
        Files.write(series, lines);
        CliRunner.Outcome changed = run("replay", "whole");
        assertEquals(1, changed.exitCode());
        assertTrue(changed.err().startsWith("different: series.csv line 4 was \""), changed.err());
    }

    @Test
    void branchRefusesKeysABranchMayNotChangeAndWritesNothing() throws IOException {
        Path checkpoint = checkpointedRun();
        write("bad.yaml", "scenario:\n  name: x\n  description: d\nrun:\n  months: 200\n");
        CliRunner.Outcome outcome = run("branch", checkpoint.toString(), "--scenario", "bad.yaml", "--out", "b");
        assertEquals(2, outcome.exitCode());
        assertEquals("error: " + dir.resolve("bad.yaml") + ": unknown key run (allowed: scenario, fed)\n",
                outcome.err());
        assertFalse(Files.exists(dir.resolve("b")));
    }

    @Test
    void aCheckpointFromAnotherVersionOrCorruptIsOneLineExit2() throws IOException {
        Path checkpoint = checkpointedRun();
        byte[] bytes = Files.readAllBytes(checkpoint);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                .replaceFirst("tool_version: [^\n]*", "tool_version: 0.0.1");
        Files.write(checkpoint, text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        CliRunner.Outcome outcome = run("branch", checkpoint.toString(), "--scenario", "same.yaml");
        assertEquals(2, outcome.exitCode());
        assertTrue(outcome.err().matches("error: .*checkpoint.bin was written by version 0.0.1 of this tool; this is "
                + "version .*: rerun the run with this version\n"), outcome.err());
    }

    @Test
    void checkpointMonthMustBeInTheRun() throws IOException {
        write("c.yaml", CONFIG);
        CliRunner.Outcome outcome = run("run", "c.yaml", "--checkpoint-at", "12");
        assertEquals(2, outcome.exitCode());
        assertEquals("error: --checkpoint-at = 12: must be a month of the run, an integer in [0, 11]\n", outcome.err());
    }

    @Test
    void reportRebuildsAndRefusesOtherFolders() throws IOException {
        checkpointedRun();
        Files.delete(dir.resolve("whole/report.html"));
        CliRunner.Outcome outcome = run("report", "whole");
        assertEquals(0, outcome.exitCode(), outcome.err());
        assertTrue(Files.isRegularFile(dir.resolve("whole/report.html")));
        Files.createDirectories(dir.resolve("empty"));
        CliRunner.Outcome bad = run("report", "empty");
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().startsWith("error: ") && bad.err().contains("holds neither series.csv"), bad.err());
    }
}
