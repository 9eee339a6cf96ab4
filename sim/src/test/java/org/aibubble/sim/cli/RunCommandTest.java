package org.aibubble.sim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.aibubble.sim.TestConfigs;
import org.aibubble.sim.format.Mappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class RunCommandTest {
    private static final String CONFIG = """
            run:
              seed: 42
              months: 6
              start: "2026-01"
              households: 1000
            scenario:
              name: test
              description: a test
              events: []
            """ + TestConfigs.MODEL_SECTIONS;

    @TempDir
    Path dir;

    private CliRunner cli() {
        return new CliRunner(dir);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    /** Asserts exit code 2, one line on stderr starting with "error: " and nothing written. */
    private String assertBadInput(String... args) throws IOException {
        List<Path> before;
        try (Stream<Path> files = Files.list(dir)) {
            before = files.sorted().toList();
        }
        CliRunner.Outcome outcome = cli().run(args);
        assertEquals(2, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().startsWith("error: "), outcome.err());
        assertEquals(1, outcome.err().lines().count(), outcome.err());
        assertFalse(outcome.err().contains("\tat "), outcome.err());
        assertEquals("", outcome.out());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(before, files.sorted().toList(), "nothing may be created on bad input");
        }
        return outcome.err().trim();
    }

    @Test
    void missingConfigFile() throws IOException {
        assertEquals("error: config file " + dir.resolve("configs/nope.yaml") + " not found",
                assertBadInput("run", "configs/nope.yaml"));
    }

    @Test
    void malformedYaml() throws IOException {
        write("bad.yaml", "run:\n  seed: 1\n   months: [\n");
        assertTrue(assertBadInput("run", "bad.yaml").startsWith("error: " + dir.resolve("bad.yaml")
                + " line 3: malformed YAML ("));
    }

    @Test
    void aYamlAliasIsRefusedNamingItsKey() throws IOException {
        write("c.yaml", CONFIG.replace("name: test", "name: &nm test").replace("description: a test", "description: *nm"));
        assertEquals("error: " + dir.resolve("c.yaml") + " line 8: malformed YAML (scenario.description = *nm: "
                + "YAML aliases are not accepted; write the value itself)", assertBadInput("run", "c.yaml"));
    }

    @Test
    void contentAfterTheFirstDocumentOrValueIsRefused() throws IOException {
        write("c.yaml", CONFIG + "---\nrun:\n  seed: 7\n");
        assertTrue(assertBadInput("run", "c.yaml").endsWith(": malformed YAML (content after the first YAML "
                + "document (a file holds exactly one; remove what follows it))"));
        write("c.json", TestConfigs.baselineJson(2, 100) + "\n{\"run\": {}}\n");
        assertTrue(assertBadInput("run", "c.json").endsWith(": malformed JSON (content after the first JSON "
                + "value (a file holds exactly one; remove what follows it))"));
    }

    @Test
    void unknownKey() throws IOException {
        write("c.yaml", CONFIG.replace("  households: 1000", "  households: 1000\n  colour: red"));
        assertEquals("error: unknown key run.colour (allowed: seed, months, start, households)",
                assertBadInput("run", "c.yaml"));
    }

    @Test
    void wrongType() throws IOException {
        write("c.yaml", CONFIG.replace("months: 6", "months: abc"));
        assertEquals("error: run.months = \"abc\": must be an integer", assertBadInput("run", "c.yaml"));
    }

    @Test
    void outOfRangeValue() throws IOException {
        write("c.yaml", CONFIG.replace("months: 6", "months: 0"));
        assertEquals("error: run.months = 0: must be an integer in [1, 1200]", assertBadInput("run", "c.yaml"));
    }

    @Test
    void negativeCount() throws IOException {
        write("c.yaml", CONFIG);
        assertEquals("error: run.households = -5: must be an integer in [30, 200000000]",
                assertBadInput("run", "c.yaml", "--households", "-5"));
    }

    @Test
    void badCliValues() throws IOException {
        write("c.yaml", CONFIG);
        assertTrue(assertBadInput("run", "c.yaml", "--seed", "abc").contains("'abc' must be a whole number"));
        assertEquals("error: run.months = 0: must be an integer in [1, 1200]",
                assertBadInput("run", "c.yaml", "--months", "0"));
        assertEquals("error: run.seed = -1: must be an integer >= 0", assertBadInput("run", "c.yaml", "--seed", "-1"));
        assertTrue(assertBadInput("run", "c.yaml", "--bogus").contains("--bogus"));
        assertTrue(assertBadInput("run").contains("CONFIG"));
    }

    @Test
    void badSet() throws IOException {
        write("c.yaml", CONFIG);
        assertEquals("error: --set run.colour=1: no key run.colour in the config",
                assertBadInput("run", "c.yaml", "--set", "run.colour=1"));
        assertEquals("error: scenario.events[0].type = \"meteor\": must be one of efficiency-shock, "
                        + "term-premium-shock, redemption-wave, power-constraint, no-qe, qe-auto, qe-forced, gpu-life-change, "
                        + "inflation-weight, unemployment-weight, qe-per-month",
                assertBadInput("run", "c.yaml", "--set",
                        "scenario.events=[{type: meteor, when: \"month >= 2\", size: 0.1, duration: 1}]"));
    }

    @Test
    void nonEmptyOutIsRefused() throws IOException {
        write("c.yaml", CONFIG);
        Files.createDirectories(dir.resolve("taken"));
        write("taken/keep.txt", "mine");
        assertEquals("error: --out " + dir.resolve("taken") + ": folder exists and is not empty "
                + "(name a new or empty folder)", assertBadInput("run", "c.yaml", "--out", "taken"));
    }

    @Test
    void runLogTellsTheAgentsDecisionsMonthByMonth() throws Exception {
        write("c.yaml", CONFIG);
        CliRunner.Outcome outcome = cli().run("run", "c.yaml", "--out", "o", "--set", "run.months=24");
        assertEquals(0, outcome.exitCode(), outcome.err());
        List<String> log = Files.readAllLines(dir.resolve("o").resolve("run.log"));
        assertTrue(log.stream().anyMatch(line -> line.startsWith("month ") && line.contains("DecisionLog - ")),
                "agents' decisions (capex cuts, bond issues, rounds, gates, Fed tiers) are in run.log: " + log);
    }

    @Test
    void aGoodRunWritesACompleteFolder() throws Exception {
        write("c.yaml", CONFIG);
        CliRunner.Outcome outcome = cli().run("run", "c.yaml", "--out", "o", "--set", "run.months=4");
        assertEquals(0, outcome.exitCode(), outcome.err());
        assertEquals("", outcome.err());
        assertTrue(outcome.out().startsWith("done: 4 months in "), outcome.out());
        assertTrue(outcome.out().contains("-> " + dir.resolve("o") + "; peak month "), outcome.out());
        Path out = dir.resolve("o");
        for (String file : List.of("series.csv", "summary.json", "manifest.json", "config.yaml", "run.log",
                "columns.json")) {
            assertTrue(Files.exists(out.resolve(file)), file);
        }
        JsonNode columns = Mappers.json().readTree(out.resolve("columns.json").toFile());
        String header = Files.readAllLines(out.resolve("series.csv")).get(0);
        StringBuilder names = new StringBuilder();
        for (JsonNode c : columns) {
            names.append(names.length() > 0 ? "," : "").append(c.get("name").asText());
            assertFalse(c.get("unit").asText().isBlank(), c.toString());
            assertTrue(c.get("model_section").asText().startsWith("docs/MODEL.md section "), c.toString());
        }
        assertEquals(header, names.toString(), "columns.json lists series.csv's columns in order");
        JsonNode manifest = Mappers.json().readTree(out.resolve("manifest.json").toFile());
        assertEquals("complete", manifest.get("status").asText());
        assertEquals(4, manifest.get("months").asInt());
        assertEquals(42, manifest.get("seed").asInt());
        assertEquals("--set run.months=4", manifest.get("overrides").get(0).asText());
        assertEquals(64, manifest.get("config_sha256").asText().length());
        assertEquals(5, Files.readAllLines(out.resolve("series.csv")).size());
        assertTrue(Files.readString(out.resolve("config.yaml")).contains("months: 4"));
    }

    @Test
    void defaultFolderIsNamedAfterConfigSeedAndTimeAndNeverReused() throws IOException {
        write("c.yaml", CONFIG);
        assertEquals(0, cli().run("run", "c.yaml", "--seed", "7").exitCode());
        assertEquals(0, cli().run("run", "c.yaml", "--seed", "7").exitCode());
        assertTrue(Files.isDirectory(dir.resolve("outputs/c-7-20260102-030405")));
        assertTrue(Files.isDirectory(dir.resolve("outputs/c-7-20260102-030405-2")));
    }

    @Test
    void sameConfigAndSeedGiveByteIdenticalResults() throws IOException {
        write("c.yaml", CONFIG);
        assertEquals(0, cli().run("run", "c.yaml", "--out", "a").exitCode());
        assertEquals(0, cli().run("run", "c.yaml", "--out", "b").exitCode());
        for (String file : List.of("series.csv", "summary.json", "config.yaml", "columns.json")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)),
                    Files.readAllBytes(dir.resolve("b").resolve(file)), file);
        }
        assertEquals(0, cli().run("run", "c.yaml", "--out", "c", "--seed", "43").exitCode());
        assertFalse(Files.readString(dir.resolve("a/series.csv")).equals(Files.readString(dir.resolve("c/series.csv"))),
                "another seed must give another series");
    }

    @Test
    void theResolvedConfigRunsAgainToTheSameSeries() throws IOException {
        write("c.yaml", CONFIG);
        assertEquals(0, cli().run("run", "c.yaml", "--out", "a", "--seed", "5", "--months", "3").exitCode());
        assertEquals(0, cli().run("run", "a/config.yaml", "--out", "b").exitCode());
        assertArrayEquals(Files.readAllBytes(dir.resolve("a/series.csv")), Files.readAllBytes(dir.resolve("b/series.csv")));
    }

    @Test
    void onATerminalAProgressLineIsDrawnAndCleared() throws IOException {
        write("c.yaml", CONFIG);
        CliRunner.Outcome outcome = new CliRunner(dir, true).run("run", "c.yaml", "--out", "o");
        assertEquals(0, outcome.exitCode());
        assertTrue(outcome.err().contains("\rmonth 6/6  elapsed "), outcome.err());
        assertTrue(outcome.err().endsWith("\r"), "the progress line is cleared: " + outcome.err());
        assertFalse(outcome.err().contains("\n"), outcome.err());
        assertTrue(outcome.out().startsWith("done: 6 months"), outcome.out());
    }

    @Test
    void aJsonConfigRunsToo() throws IOException {
        write("c.json", TestConfigs.baselineJson(2, 100));
        assertEquals(0, cli().run("run", "c.json", "--out", "o").exitCode());
        assertTrue(Files.isRegularFile(dir.resolve("o/summary.json")));
    }

    @Test
    void helpIsPrinted() {
        CliRunner.Outcome top = cli().run("--help");
        assertEquals(0, top.exitCode());
        assertTrue(top.out().contains("run"), top.out());
        CliRunner.Outcome run = cli().run("run", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("--households"), run.out());
        assertTrue(run.out().contains("Exit codes"), run.out());
    }

    @Test
    void noCommandPrintsTheUsageOnStandardErrorAndExits2() {
        CliRunner.Outcome bare = cli().run();
        assertEquals(2, bare.exitCode(), "no command given is bad input");
        assertTrue(bare.err().contains("Usage: aibubble") && bare.err().contains("run"), bare.err());
        assertEquals("", bare.out());
    }
}
