package org.aibubble.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.aibubble.sim.format.Mappers;
import org.aibubble.sim.output.RunFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Runs the shaded jar as a user would (after {@code package}, by the failsafe plugin): the baseline for
 * three months, and one bad input.
 */
class JarSmokeIT {
    private static final Path JAR = Path.of("target", "aibubble.jar").toAbsolutePath();
    private static final Path BASELINE = Path.of("..", "configs", "baseline.yaml").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private record Result(int code, String out, String err) {
    }

    private Result java(String... args) throws IOException, InterruptedException {
        return java(List.of(), args);
    }

    private Result java(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the jar did not finish in 2 minutes");
        return new Result(process.exitValue(), Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void theJarRunsTheBaseline() throws Exception {
        Result result = java("run", BASELINE.toString(), "--months", "3", "--households", "1000", "--out", "run");
        assertEquals(0, result.code(), result.err());
        assertEquals("", result.err());
        assertTrue(result.out().startsWith("done: 3 months"), result.out());
        JsonNode manifest = Mappers.json().readTree(dir.resolve("run/manifest.json").toFile());
        assertEquals("complete", manifest.get("status").asText());
        assertTrue(manifest.get("version").asText().matches("\\d+\\.\\d+\\.\\d+.*"), manifest.toString());
    }

    @Test
    void thePlainJarRelaunchesWithTheVectorModuleAndHidesTheJvmsWarning() throws Exception {
        Result result = java("bench", "--config", BASELINE.toString(), "--households", "2000003", "--months", "2",
                "--threads", "1");
        assertEquals(0, result.code(), result.err());
        assertEquals("vector", Mappers.json().readTree(result.out()).get("kernel").asText(), result.out());
        assertEquals("", result.err(), "no incubator warning: the user did not add the module");
    }

    @Test
    void withoutTheVectorModuleBenchRunsScalarAndSaysHowToAddIt() throws Exception {
        Result result = java(List.of("-D" + VectorRelaunch.PROPERTY + "=false"), "bench", "--config",
                BASELINE.toString(), "--households", "3001", "--months", "3", "--threads", "1");
        assertEquals(0, result.code(), result.err());
        assertEquals("scalar", Mappers.json().readTree(result.out()).get("kernel").asText(), result.out());
        String[] lines = result.err().strip().split("\n");
        assertEquals(1, lines.length, result.err());
        assertTrue(lines[0].contains("Vector API module is absent")
                && lines[0].contains("java --add-modules jdk.incubator.vector"), lines[0]);
    }

    @Test
    void withTheVectorModuleBenchRunsVectorFromTwoMillionHouseholds() throws Exception {
        List<String> module = List.of("--add-modules", "jdk.incubator.vector");
        Result small = java(module, "bench", "--config", BASELINE.toString(), "--households", "3001", "--months", "2",
                "--threads", "1");
        assertEquals(0, small.code(), small.err());
        assertEquals("scalar", Mappers.json().readTree(small.out()).get("kernel").asText(), small.out());
        assertTrue(small.err().contains("runs scalar below 2,000,000 households"), small.err());
        Result large = java(module, "bench", "--config", BASELINE.toString(), "--households", "2000003", "--months",
                "2", "--threads", "1");
        assertEquals(0, large.code(), large.err());
        assertEquals("vector", Mappers.json().readTree(large.out()).get("kernel").asText(), large.out());
    }

    @Test
    void theVectorAndTheScalarKernelWriteTheSameSeries() throws Exception {
        // enough households for the vector kernel (HouseholdSector.VECTOR_MIN_HOUSEHOLDS), none a multiple of 8
        String[] run = {"run", BASELINE.toString(), "--months", "3", "--households", "2000003", "--threads", "1",
            "--out", "scalar"};
        Result scalar = java(List.of("-D" + VectorRelaunch.PROPERTY + "=false"), run);
        assertEquals(0, scalar.code(), scalar.err());
        run[run.length - 1] = "vector";
        Result vector = java(List.of("--add-modules", "jdk.incubator.vector"), run);
        assertEquals(0, vector.code(), vector.err());
        assertTrue(vector.err().contains("Using incubator modules: jdk.incubator.vector"), vector.err());
        for (String file : new String[] {RunFolder.SERIES, RunFolder.SUMMARY}) {
            assertEquals(Files.readString(dir.resolve("scalar").resolve(file)),
                    Files.readString(dir.resolve("vector").resolve(file)), file);
        }
    }

    @Test
    void badInputExitsWithTwoAndOneLine() throws Exception {
        Result result = java("run", BASELINE.toString(), "--months", "0");
        assertEquals(2, result.code());
        assertEquals("error: run.months = 0: must be an integer in [1, 1200]\n", result.err());
    }
}
