package org.aibubble.sim.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.aibubble.agents.ledger.BooksViolationException;
import org.aibubble.sim.format.Mappers;
import org.aibubble.sim.run.RunResult;
import org.aibubble.sim.run.RunStatus;
import org.aibubble.sim.run.SummaryMetrics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class RunRecorderTest {
    private static final List<String> COLUMNS = List.of("month", "ai_index");
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path dir;

    private Manifest manifest() {
        return new Manifest(new BuildInfo("0.1.0", "abc", "false"), "17", "host", "run", "configs/x.yaml",
                List.of(new Manifest.ConfigSource("configs/x.yaml", "00")), List.of("--seed 1"), "11", "x",
                1, 3, 1000, START, null, RunStatus.RUNNING, null, 0);
    }

    private JsonNode manifestJson(RunFolder folder) throws Exception {
        return Mappers.json().readTree(folder.file(RunFolder.MANIFEST).toFile());
    }

    @Test
    void manifestSaysRunningUntilTheEndThenComplete() throws Exception {
        RunFolder folder = RunFolder.at(dir.resolve("run"));
        RunRecorder recorder = RunRecorder.begin(folder, manifest(), "run: {}\n".getBytes(), COLUMNS);
        assertEquals("running", manifestJson(folder).get("status").asText());
        double[][] rows = {{0, 100}, {1, 110}, {2, 120}};
        for (double[] row : rows) {
            recorder.monthDone((int) row[0] + 1, 3, COLUMNS, row);
        }
        RunResult result = new RunResult(COLUMNS, rows, SummaryMetrics.compute(COLUMNS, rows), RunStatus.COMPLETE,
                null, null);
        assertEquals(RunStatus.COMPLETE, recorder.finish(result, START.plusSeconds(2)));
        JsonNode json = manifestJson(folder);
        assertEquals("complete", json.get("status").asText());
        assertTrue(json.get("error").isNull());
        assertEquals(3, json.get("months_completed").asInt());
        assertEquals("2026-01-01T00:00:02Z", json.get("end_time").asText());
        assertEquals("month,ai_index\n0,100\n1,110\n2,120\n", Files.readString(folder.file(RunFolder.SERIES)));
        assertTrue(Files.exists(folder.file(RunFolder.SUMMARY)));
        assertFalse(Files.exists(folder.file(RunFolder.MANIFEST + ".tmp")));
    }

    @Test
    void aBooksViolationLeavesAFailedManifestThePartialSeriesAndNoSummary() throws Exception {
        RunFolder folder = RunFolder.at(dir.resolve("run"));
        RunRecorder recorder = RunRecorder.begin(folder, manifest(), "run: {}\n".getBytes(), COLUMNS);
        double[][] rows = {{0, 100}};
        recorder.monthDone(1, 3, COLUMNS, rows[0]);
        BooksViolationException violation = new BooksViolationException(1, "deposits: banks owe 5 more than held");
        RunResult result = new RunResult(COLUMNS, rows, SummaryMetrics.compute(COLUMNS, rows), RunStatus.FAILED,
                violation.getMessage(), violation);
        assertEquals(RunStatus.FAILED, recorder.finish(result, START.plusSeconds(1)));
        JsonNode json = manifestJson(folder);
        assertEquals("failed", json.get("status").asText());
        assertEquals("books out of balance at month 1: deposits: banks owe 5 more than held", json.get("error").asText());
        assertEquals(1, json.get("months_completed").asInt());
        assertEquals("month,ai_index\n0,100\n", Files.readString(folder.file(RunFolder.SERIES)));
        assertFalse(Files.exists(folder.file(RunFolder.SUMMARY)));
    }

    @Test
    void aStoppedProcessLeavesAFailedManifestThatTheEndDoesNotOverwrite() throws Exception {
        RunFolder folder = RunFolder.at(dir.resolve("run"));
        RunRecorder recorder = RunRecorder.begin(folder, manifest(), "run: {}\n".getBytes(), COLUMNS);
        double[][] rows = {{0, 100}, {1, 101}};
        recorder.monthDone(1, 3, COLUMNS, rows[0]);
        recorder.interrupted(START.plusSeconds(1));
        recorder.monthDone(2, 3, COLUMNS, rows[1]);
        RunResult result = new RunResult(COLUMNS, rows, SummaryMetrics.compute(COLUMNS, rows), RunStatus.COMPLETE,
                null, null);
        assertEquals(RunStatus.FAILED, recorder.finish(result, START.plusSeconds(2)));
        JsonNode json = manifestJson(folder);
        assertEquals("failed", json.get("status").asText());
        assertEquals("interrupted at month 1 (the process was stopped)", json.get("error").asText());
        assertFalse(Files.exists(folder.file(RunFolder.SUMMARY)));
    }

    private static RunResult completeResult() {
        double[][] rows = {{0, 100}, {1, 110}, {2, 120}};
        return new RunResult(COLUMNS, rows, SummaryMetrics.compute(COLUMNS, rows), RunStatus.COMPLETE, null, null);
    }

    private RunRecorder recordedThreeMonths(RunFolder folder) throws Exception {
        RunRecorder recorder = RunRecorder.begin(folder, manifest(), "run: {}\n".getBytes(), COLUMNS);
        for (double[] row : completeResult().rows()) {
            recorder.monthDone((int) row[0] + 1, 3, COLUMNS, row);
        }
        return recorder;
    }

    @Test
    void aFileThatCannotBeWrittenAfterTheSummaryLeavesAFailedFolderWithoutSummary() throws Exception {
        RunFolder folder = RunFolder.at(dir.resolve("run"));
        RunRecorder recorder = recordedThreeMonths(folder);
        RunStatus status = recorder.finish(completeResult(), START.plusSeconds(2), () -> {
            throw new java.io.IOException("No space left on device");
        });
        assertEquals(RunStatus.FAILED, status);
        JsonNode json = manifestJson(folder);
        assertEquals("failed", json.get("status").asText());
        assertTrue(json.get("error").asText().endsWith(": No space left on device"), json.get("error").asText());
        assertFalse(Files.exists(folder.file(RunFolder.SUMMARY)));
    }

    @Test
    void aReportedProblemAfterTheSummaryFailsTheRunToo() throws Exception {
        RunFolder folder = RunFolder.at(dir.resolve("run"));
        RunRecorder recorder = recordedThreeMonths(folder);
        assertEquals(RunStatus.FAILED, recorder.finish(completeResult(), START, () -> "cannot write run.log: disk"));
        assertEquals("cannot write run.log: disk", manifestJson(folder).get("error").asText());
        assertFalse(Files.exists(folder.file(RunFolder.SUMMARY)));
    }

    @Test
    void aSummaryThatCannotBeWrittenFailsTheRun() throws Exception {
        RunFolder folder = RunFolder.at(dir.resolve("run"));
        RunRecorder recorder = recordedThreeMonths(folder);
        Files.createDirectory(folder.file(RunFolder.SUMMARY));
        assertEquals(RunStatus.FAILED, recorder.finish(completeResult(), START));
        JsonNode json = manifestJson(folder);
        assertEquals("failed", json.get("status").asText());
        assertTrue(json.get("error").asText().startsWith("cannot write " + folder.file(RunFolder.SUMMARY)));
    }

    @Test
    void aManifestThatCannotBeWrittenNeverSaysComplete() throws Exception {
        RunFolder folder = RunFolder.at(dir.resolve("run"));
        RunRecorder recorder = recordedThreeMonths(folder);
        Files.createDirectory(folder.file(RunFolder.MANIFEST + ".tmp"));
        assertEquals(RunStatus.FAILED, recorder.finish(completeResult(), START));
        JsonNode json = manifestJson(folder);
        assertEquals("failed", json.get("status").asText(), "the second attempt, after clearing the way, says failed");
        assertTrue(json.get("error").asText().contains("cannot write " + folder.file(RunFolder.MANIFEST)),
                json.get("error").asText());
        assertFalse(Files.exists(folder.file(RunFolder.SUMMARY)));
    }
}
