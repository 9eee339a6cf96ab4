package org.aibubble.sim.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.aibubble.sim.sweep.exec.Progress;
import org.aibubble.sim.sweep.exec.Shard;
import org.aibubble.sim.format.Csv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** A sweep process killed with SIGKILL mid-way loses only the runs in flight and resumes to the same bytes. */
@DisabledOnOs(OS.WINDOWS)
class KillResumeTest {
    @TempDir
    Path dir;

    @Test
    void aSweepKilledWithSigkillResumesWithoutDuplicateOrCorruptRows() throws Exception {
        Files.writeString(dir.resolve("base.yaml"), "run: {}\n");
        Path sweep = dir.resolve("kill.yaml");
        Files.writeString(sweep, """
                base: base.yaml
                design: random
                points: 100
                replicates: 2
                seed: 5
                months: 12
                households: 1000
                keep: summary
                parameters:
                  - path: a.x
                    min: 0
                    max: 1
                """);
        Path out = dir.resolve("killed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SlowSweepMain.class.getName(), sweep.toString(), out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("process.log").toFile()).start();
        Path runs = out.resolve("runs.csv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines(runs) < 40 && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(process.isAlive(), "the sweep finished or died before it could be killed: "
                + Files.readString(dir.resolve("process.log")));
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        assertEquals(137, process.exitValue(), "killed by SIGKILL");

        List<String> rows = Files.readAllLines(runs);
        String whole = String.join("\n", rows.subList(0, rows.size() - 1)) + "\n";
        Set<String> ids = new HashSet<>();
        for (List<String> fields : Csv.parse(whole, runs.toString()).rows()) {
            assertTrue(ids.add(fields.get(0)), "run " + fields.get(0) + " recorded twice");
        }
        assertTrue(rows.size() - 1 < 200, "killed before the end");
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"running\""));

        FakeRunModel model = new FakeRunModel(0);
        BatchResult resumed = new SweepRunner(model, "test", dir).run(sweep, out, Shard.ALL, 2, Progress.silent());
        assertTrue(resumed.complete());
        assertEquals(200, resumed.recorded());
        assertEquals(model.runs.get(), resumed.newlyRun());
        assertTrue(resumed.newlyRun() <= 200 - (rows.size() - 2), "only the missing runs ran again");
        BatchResult clean = new SweepRunner(new FakeRunModel(0), "test", dir)
                .run(sweep, dir.resolve("clean"), Shard.ALL, 1, Progress.silent());
        for (String f : List.of("runs.csv", "aggregate.csv", "manifest.json")) {
            assertEquals(Files.readString(clean.dir().resolve(f)), Files.readString(out.resolve(f)), f);
        }
    }

    private static long lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        return Files.readString(file).chars().filter(c -> c == '\n').count();
    }
}
