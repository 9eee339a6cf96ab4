package org.aibubble.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.aibubble.sim.format.Mappers;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;


/**
 * Every config shipped under configs/ (sweep definitions, branch scenarios, the facts files of
 * validate and the calibration specs apart; ShippedCalibrationsTest loads those) loads and runs 3
 * months with 1,000 households.
 */
class ShippedConfigsTest {
    private static final Path CONFIGS = Path.of("..", "configs").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyShippedConfigRuns() throws IOException {
        List<Path> configs;
        try (Stream<Path> files = Files.walk(CONFIGS)) {
            configs = files.filter(Files::isRegularFile)
                    .filter(p -> !CONFIGS.relativize(p).startsWith("sweeps"))
                    .filter(p -> !CONFIGS.relativize(p).startsWith("branches"))
                    .filter(p -> !CONFIGS.relativize(p).startsWith("validation"))
                    .filter(p -> !CONFIGS.relativize(p).startsWith("calibration"))
                    .filter(p -> p.toString().matches(".*\\.(yaml|yml|json)$"))
                    .sorted().toList();
        }
        assertFalse(configs.isEmpty(), "no configs found under " + CONFIGS);
        assertTrue(configs.contains(CONFIGS.resolve("baseline.yaml")));
        return configs.stream().map(config -> DynamicTest.dynamicTest(CONFIGS.relativize(config).toString(), () -> {
            Path out = dir.resolve(CONFIGS.relativize(config).toString().replace('/', '_'));
            CliRunner.Outcome outcome = new CliRunner(dir).run("run", config.toString(), "--months", "3",
                    "--households", "1000", "--out", out.toString());
            assertEquals(0, outcome.exitCode(), outcome.err());
            assertEquals("complete",
                    Mappers.json().readTree(out.resolve("manifest.json").toFile()).get("status").asText());
        }));
    }
}
