package org.aibubble.sim.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.aibubble.sim.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The shipped facts file and the strict binding of facts files. */
class FactsFileTest {
    private static final Path VALIDATION = Path.of("..", "configs", "validation").toAbsolutePath().normalize();
    private static final String ONE_FACT = """
            description: one fact
            facts:
              - id: bust-share
                description: Some seeds bust.
                statistic: bust
                runs: all
                aggregate: pooled
                band: "[0.1, 0.9]"
                bandSource: issue 12
                real: {value: none, source: none, script: "", moment: ""}
            """;

    @TempDir
    Path dir;

    @Test
    void theShippedFileLoadsAndEveryDerivedFigureIsTheScriptsOutput() throws Exception {
        FactsFile facts = Validation.loadFacts(VALIDATION.resolve("facts.yaml"));
        assertTrue(facts.facts().size() >= 20, "facts: " + facts.facts().size());
        JsonNode derived = new ObjectMapper().readTree(VALIDATION.resolve("derived-moments.json").toFile());
        int checked = 0;
        for (Fact f : facts.facts()) {
            assertFalse(f.real().source().isBlank(), f.id());
            if (!f.real().script().isEmpty()) {
                assertTrue(Files.isRegularFile(VALIDATION.resolve("../..").resolve(f.real().script())), f.id());
                JsonNode moment = derived.get(f.real().moment());
                assertTrue(moment != null && moment.get("value").isNumber(), f.id() + ": " + f.real().moment());
                assertEquals(moment.get("value").asDouble(), f.real().number(), 1e-12, f.id());
                checked++;
            }
        }
        assertTrue(checked >= 10, "derived facts: " + checked);
    }

    @Test
    void aSmallFileBinds() throws Exception {
        FactsFile facts = Validation.loadFacts(write(ONE_FACT));
        assertEquals(Statistic.BUST, facts.facts().get(0).statistic());
        assertEquals(Aggregate.POOLED, facts.facts().get(0).aggregate());
        assertTrue(Double.isNaN(facts.facts().get(0).real().number()));
    }

    @Test
    void badKeysAndValuesAreOneLineNamingTheKey() throws IOException {
        assertRefused(ONE_FACT.replace("    runs: all", "    runs: all\n    colour: red"),
                "unknown key facts[0].colour (allowed: id, description, statistic, runs, aggregate, band, "
                        + "bandSource, real)");
        assertRefused(ONE_FACT.replace("statistic: bust", "statistic: busts"), "facts[0].statistic = \"busts\": must be one of");
        assertRefused(ONE_FACT.replace("\"[0.1, 0.9]\"", "\"about half\""),
                "facts[0].band = \"about half\": " + Band.FORMS);
        assertRefused(ONE_FACT.replace("value: none", "value: lots"),
                "facts[0].real.value = lots: must be a finite number or none");
        assertRefused(ONE_FACT.replace("    bandSource: issue 12\n", ""), "facts[0].bandSource is missing");
        assertRefused(ONE_FACT.replace("script: \"\"", "script: scripts/x.py"),
                "facts[0].real.moment = \"\": script and moment are given together");
        assertRefused(ONE_FACT + ONE_FACT.substring(ONE_FACT.indexOf("  - id")),
                "facts[1].id = \"bust-share\": must be unique in the file");
    }

    private void assertRefused(String yaml, String start) throws IOException {
        ConfigException e = assertThrows(ConfigException.class, () -> Validation.loadFacts(write(yaml)));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("facts.yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
