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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
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
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("run/manifest.json").toFile());
        assertEquals("complete", manifest.get("status").asText());
        assertTrue(manifest.get("version").asText().matches("\\d+\\.\\d+\\.\\d+.*"), manifest.toString());
    }

    @Test
    void badInputExitsWithTwoAndOneLine() throws Exception {
        Result result = java("run", BASELINE.toString(), "--months", "0");
        assertEquals(2, result.code());
        assertEquals("error: run.months = 0: must be an integer in [1, 1200]\n", result.err());
    }
}
