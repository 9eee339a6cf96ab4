package org.aibubble.sim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.aibubble.sim.sweep.exec.Progress;
import org.aibubble.sim.sweep.exec.Shard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep machinery end to end on a stand-in model: threads, shards, resume, failures. */
class SweepRunnerTest {
    private static final List<String> RESULT_FILES = List.of("runs.csv", "aggregate.csv", "sensitivity.csv", "prim.json",
            "manifest.json", "sweep.yaml");

    @TempDir
    Path dir;

    private Path sweepFile(String design, String size) throws IOException {
        Files.writeString(dir.resolve("base.yaml"), "run: {}\n");
        Path file = dir.resolve("study.yaml");
        Files.writeString(file, """
                base: base.yaml
                design: %s
                %s
                replicates: 2
                seed: 7
                months: 24
                households: 1000
                keep: summary
                parameters:
                  - path: a.x
                    min: 0.1
                    max: 0.9
                  - path: a.y
                    min: 0.2
                    max: 1.0
                  - path: flag
                    values: [true, false]
                """.formatted(design, size));
        return file;
    }

    private SweepRunner runner(FakeRunModel model) {
        return new SweepRunner(model, "test", dir.resolve("outputs"));
    }

    private BatchResult sweep(Path file, Path out, Shard shard, int threads) throws Exception {
        return runner(new FakeRunModel(0)).run(file, out, shard, threads, Progress.silent());
    }

    private static void assertSameFiles(Path expected, Path actual, List<String> names) throws IOException {
        for (String name : names) {
            if (Files.exists(expected.resolve(name)) || Files.exists(actual.resolve(name))) {
                assertEquals(Files.readString(expected.resolve(name)), Files.readString(actual.resolve(name)), name);
            }
        }
    }

    @Test
    void oneAndTwoThreadsWriteByteIdenticalFiles() throws Exception {
        Path file = sweepFile("latin-hypercube", "points: 12");
        BatchResult one = sweep(file, dir.resolve("one"), Shard.ALL, 1);
        BatchResult two = sweep(file, dir.resolve("two"), Shard.ALL, 2);
        assertTrue(one.complete() && two.complete());
        assertEquals(24, one.recorded());
        assertSameFiles(one.dir(), two.dir(), RESULT_FILES);
        assertTrue(one.failed() > 0, "the top stratum of a.y is above 0.9, where runs fail");
    }

    @Test
    void shardedThenMergedEqualsUnsharded() throws Exception {
        Path file = sweepFile("saltelli", "sensitivity: {baseSamples: 8, bootstrap: 50, confidence: 0.9}");
        BatchResult whole = sweep(file, dir.resolve("whole"), Shard.ALL, 2);
        BatchResult s2 = sweep(file, dir.resolve("s2"), new Shard(2, 3), 2);
        BatchResult s1 = sweep(file, dir.resolve("s1"), new Shard(1, 3), 1);
        BatchResult s3 = sweep(file, dir.resolve("s3"), new Shard(3, 3), 2);
        assertEquals(whole.recorded(), s1.recorded() + s2.recorded() + s3.recorded());
        assertFalse(Files.exists(s1.dir().resolve("aggregate.csv")), "a shard alone writes no aggregate");
        BatchResult merged = SweepMerger.merge(List.of(s3.dir(), s1.dir(), s2.dir()), dir.resolve("merged"));
        assertTrue(merged.complete());
        assertTrue(Files.exists(merged.dir().resolve("sensitivity.csv")));
        assertSameFiles(whole.dir(), merged.dir(), RESULT_FILES);
        Files.delete(merged.dir().resolve("aggregate.csv"));
        SweepMerger.merge(List.of(s1.dir(), s2.dir(), s3.dir()), merged.dir());
        assertSameFiles(whole.dir(), merged.dir(), RESULT_FILES);
    }

    @Test
    void keptSeriesAreWrittenPerFinishedRunAndCarriedThroughAMerge() throws Exception {
        Path file = sweepFile("sobol", "points: 6");
        Files.writeString(file, Files.readString(file).replace("keep: summary", "keep: series"));
        BatchResult whole = sweep(file, dir.resolve("whole"), Shard.ALL, 2);
        BatchResult s1 = sweep(file, dir.resolve("s1"), new Shard(1, 2), 1);
        BatchResult s2 = sweep(file, dir.resolve("s2"), new Shard(2, 2), 1);
        BatchResult merged = SweepMerger.merge(List.of(s1.dir(), s2.dir()), dir.resolve("merged"));
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(whole.dir().resolve("series"))) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        }
        assertEquals(whole.recorded() - whole.failed(), names.size());
        assertTrue(names.contains("run-000000.csv"));
        for (String name : names) {
            assertEquals(Files.readString(whole.dir().resolve("series").resolve(name)),
                    Files.readString(merged.dir().resolve("series").resolve(name)), name);
        }
        assertEquals("month,value\n0,0.5\n1,0.6\n", Files.readString(whole.dir().resolve("series/run-000000.csv")),
                "point 0 is the centre of the unit cube: a.x = 0.5, a.y = 0.6");
        assertSameFiles(whole.dir(), merged.dir(), RESULT_FILES);
    }

    @Test
    void mergeRefusesMissingShardsAndOtherSweeps() throws Exception {
        Path file = sweepFile("sobol", "points: 4");
        BatchResult s1 = sweep(file, dir.resolve("s1"), new Shard(1, 2), 1);
        SweepException missing = assertThrows(SweepException.class,
                () -> SweepMerger.merge(List.of(s1.dir()), dir.resolve("m")));
        assertTrue(missing.getMessage().contains("shard 2/2 is missing"), missing.getMessage());

        Path other = sweepFile("sobol", "points: 5");
        BatchResult o2 = sweep(other, dir.resolve("o2"), new Shard(2, 2), 1);
        SweepException mixed = assertThrows(SweepException.class,
                () -> SweepMerger.merge(List.of(s1.dir(), o2.dir()), dir.resolve("m")));
        assertTrue(mixed.getMessage().contains("different sweep file"), mixed.getMessage());
    }

    @Test
    void aCrashedSweepResumesWithoutRerunningOrDuplicatingRuns() throws Exception {
        Path file = sweepFile("random", "points: 10");
        Path out = dir.resolve("resumed");
        FakeRunModel crashing = new FakeRunModel(7);
        assertThrows(IllegalStateException.class,
                () -> runner(crashing).run(file, out, Shard.ALL, 2, Progress.silent()));
        long before = Files.readAllLines(out.resolve("runs.csv")).size() - 1;
        assertTrue(before >= 5 && before <= 7, "rows recorded before the crash: " + before);
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"running\""));
        Files.writeString(out.resolve("runs.csv"), "19,9,1,12345,o", StandardOpenOption.APPEND);

        FakeRunModel healthy = new FakeRunModel(0);
        BatchResult resumed = runner(healthy).run(file, out, Shard.ALL, 2, Progress.silent());
        assertEquals(20 - before, healthy.runs.get());
        assertEquals(20 - before, resumed.newlyRun());
        BatchResult clean = sweep(file, dir.resolve("clean"), Shard.ALL, 1);
        assertSameFiles(clean.dir(), out, RESULT_FILES);

        BatchResult again = sweep(file, out, Shard.ALL, 2);
        assertEquals(0, again.newlyRun());
    }

    @Test
    void resumingIntoAFolderOfAnotherSweepIsRefused() throws Exception {
        Path out = dir.resolve("out");
        sweep(sweepFile("random", "points: 3"), out, Shard.ALL, 1);
        Path changed = sweepFile("random", "points: 4");
        SweepException e = assertThrows(SweepException.class, () -> sweep(changed, out, Shard.ALL, 1));
        assertTrue(e.getMessage().contains("different study.yaml"), e.getMessage());
        SweepException shard = assertThrows(SweepException.class,
                () -> sweep(sweepFile("random", "points: 3"), out, new Shard(1, 2), 1));
        assertTrue(shard.getMessage().contains("holds shard 1/1"), shard.getMessage());
    }

    @Test
    void badParameterValuesAndPathsFailBeforeAnyRun() throws Exception {
        Path file = sweepFile("random", "points: 3");
        Files.writeString(file, Files.readString(file).replace("max: 0.9", "max: 1.5"));
        FakeRunModel model = new FakeRunModel(0);
        SweepException value = assertThrows(SweepException.class,
                () -> runner(model).run(file, dir.resolve("x"), Shard.ALL, 1, Progress.silent()));
        assertEquals("parameters[0].max = 1.5: the base config rejects it: a.x = 1.5: must be in [0, 1]", value.getMessage());
        Files.writeString(file, Files.readString(file).replace("path: flag", "path: flags"));
        SweepException path = assertThrows(SweepException.class,
                () -> runner(model).run(file, dir.resolve("x"), Shard.ALL, 1, Progress.silent()));
        assertTrue(path.getMessage().startsWith("parameters[0]") || path.getMessage().startsWith("parameters[2].path"),
                path.getMessage());
        assertEquals(0, model.runs.get());
        assertFalse(Files.exists(dir.resolve("x")), "nothing written before the checks pass");
    }

    @Test
    void failedRunsAreRecordedWithTheirErrorAndTheSweepGoesOn() throws Exception {
        Path file = sweepFile("grid", "");
        Files.writeString(file, Files.readString(file).replace("max: 0.9", "max: 0.9\n    levels: 3")
                .replace("max: 1.0", "max: 1.0\n    levels: 2"));
        BatchResult r = sweep(file, dir.resolve("g"), Shard.ALL, 2);
        assertEquals(3 * 2 * 2 * 2, r.recorded());
        assertTrue(r.complete());
        List<String> lines = Files.readAllLines(r.dir().resolve("runs.csv"));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",failed,") && l.endsWith("at month 7")));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",ok,")));
    }
}
