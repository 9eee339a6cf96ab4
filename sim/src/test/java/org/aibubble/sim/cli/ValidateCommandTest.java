package org.aibubble.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code validate} on the real pipeline with the shipped facts file: a short ensemble, its files and exit codes. */
class ValidateCommandTest {
    private static final Path CONFIGS = Path.of("..", "configs").toAbsolutePath().normalize();
    private static final String FACTS = CONFIGS.resolve("validation/facts.yaml").toString();
    private static final String BASE = "extends: baseline.yaml\n" + """
            run:
              seed: 42
              months: 24
              households: 300
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void writeBase() throws IOException {
        Files.copy(CONFIGS.resolve("baseline.yaml"), dir.resolve("baseline.yaml"));
        Files.writeString(dir.resolve("base.yaml"), BASE);
    }

    private CliRunner.Outcome cli(String... args) {
        return new CliRunner(dir).run(args);
    }

    @Test
    void aShortValidationWritesItsFilesAndStrictFailsOnAFailedFact() throws IOException {
        CliRunner.Outcome ran = cli("validate", "base.yaml", "--seeds", "3", "--facts", FACTS, "--threads", "2",
                "--out", "v");
        assertEquals(0, ran.exitCode(), ran.err());
        assertTrue(ran.out().contains("facts held over 3 runs"), ran.out());
        Path v = dir.resolve("v");
        JsonNode json = new ObjectMapper().readTree(v.resolve("validation.json").toFile());
        assertEquals(3, json.get("seeds").asInt());
        assertEquals(300, json.get("households").asInt());
        JsonNode facts = json.get("facts");
        assertTrue(facts.size() >= 20);
        int failed = 0;
        for (JsonNode f : facts) {
            assertTrue(f.get("real").get("source").asText().length() > 0, f.toString());
            JsonNode model = f.get("model");
            if (!model.get("value").isNull()) {
                assertTrue(model.get("p5").asDouble() <= model.get("p95").asDouble(), f.toString());
            }
            failed += f.get("pass").asBoolean() ? 0 : 1;
        }
        assertEquals(failed, json.get("failed").asInt());
        assertTrue(failed > 0, "a 24-month economy of 300 households meets every fact?");
        String html = Files.readString(v.resolve("report.html"));
        assertTrue(html.contains("<td>bust-share</td>") && html.contains("chart-fact-bust-share.png"));
        assertTrue(html.contains("Seeds 42 to 44, 300 households, 24 months; built from commit "), html);
        assertTrue(Files.size(v.resolve("chart-fact-bust-share.png")) > 0);
        assertEquals(4, Files.readAllLines(v.resolve("ensemble/runs.csv")).size());
        assertTrue(Files.isRegularFile(v.resolve("ensemble/series/run-000002.csv")));
        assertEquals(Files.readString(Path.of(FACTS)), Files.readString(v.resolve("facts.yaml")));

        CliRunner.Outcome strict = cli("validate", "base.yaml", "--seeds", "3", "--facts", FACTS, "--out", "v",
                "--strict");
        assertEquals(1, strict.exitCode(), strict.err());
        assertTrue(strict.out().contains("3 runs (0 failed)"), strict.out());
        assertEquals(Files.readString(v.resolve("validation.json")).replaceAll("\"git_dirty\".*", ""),
                Files.readString(v.resolve("validation.json")).replaceAll("\"git_dirty\".*", ""));
    }

    @Test
    void badInputIsOneLineWithExitCode2AndRunsNothing() throws IOException {
        CliRunner.Outcome missing = cli("validate", "base.yaml", "--seeds", "2", "--facts", "nope.yaml");
        assertEquals(2, missing.exitCode());
        assertEquals("error: config file " + dir.resolve("nope.yaml") + " not found", missing.err().trim());
        Files.writeString(dir.resolve("facts.yaml"), Files.readString(Path.of(FACTS))
                .replaceFirst("aggregate: pooled", "aggregate: pooled\n    weight: 2"));
        CliRunner.Outcome unknown = cli("validate", "base.yaml", "--seeds", "2", "--facts", "facts.yaml");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().startsWith("error: unknown key facts[0].weight (allowed: id, description,"),
                unknown.err());
        assertEquals(1, unknown.err().lines().count());
        Files.writeString(dir.resolve("facts.yaml"), Files.readString(Path.of(FACTS))
                .replaceFirst("band: \"\\[0.1, 0.9]\"", "band: \"most\""));
        CliRunner.Outcome band = cli("validate", "base.yaml", "--seeds", "2", "--facts", "facts.yaml");
        assertEquals(2, band.exitCode());
        assertTrue(band.err().startsWith("error: facts[0].band = \"most\": must be like"), band.err());
        CliRunner.Outcome seeds = cli("validate", "base.yaml", "--seeds", "0", "--facts", FACTS);
        assertEquals(2, seeds.exitCode());
        assertEquals("error: --seeds = 0: must be an integer in [1, 1000000]", seeds.err().trim());
        assertTrue(!Files.exists(dir.resolve("outputs")), "nothing is written on bad input");
    }
}
