package org.aibubble.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.aibubble.sim.TestConfigs;
import org.aibubble.sim.format.Mappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class BenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsOneJsonObjectWithTheMeasurements() throws Exception {
        CliRunner.Outcome outcome = new CliRunner(dir).run("bench", "--config",
                TestConfigs.BASELINE.toAbsolutePath().toString(), "--households", "5000", "--months", "3",
                "--threads", "2");
        assertEquals(0, outcome.exitCode(), outcome.err());
        String[] lines = outcome.out().strip().split("\n");
        assertEquals(1, lines.length, "one line of output");
        JsonNode json = Mappers.json().readTree(lines[0]);
        assertEquals(5000, json.get("households").asInt());
        assertEquals(3, json.get("months").asInt());
        assertEquals(2, json.get("threads").asInt());
        assertTrue(json.get("cpu").isTextual() && !json.get("cpu").asText().isBlank(), "the CPU it ran on: " + json);
        JsonNode bits = json.get("vector_bits");
        assertTrue(bits.isNull() || List.of(128, 256, 512).contains(bits.asInt()), "the vector width: " + json);
        assertEquals("scalar", json.get("kernel").asText(), "5,000 households are below the vector kernel's size");
        assertEquals("note: the household kernel runs scalar below 2,000,000 households (the vector kernel's JIT"
                + " warm-up costs more than it saves)", outcome.err().strip(), "the tests run with the module");
        assertEquals(37, json.get("bytes_per_household").asInt());
        assertEquals(2, json.get("warmup_months").asInt());
        for (String key : new String[] {"ns_per_household_month", "floor_ns_per_household_month",
            "bandwidth_gb_per_s"}) {
            assertTrue(json.get(key).asDouble() > 0, key + " = " + json.get(key));
        }
        assertTrue(json.get("total_seconds").asDouble() >= json.get("init_seconds").asDouble());
        // Process CPU time ticks in milliseconds; one timed month of 5,000 households may read as zero.
        assertTrue(json.get("cpu_ns_per_household_month").asDouble() >= 0);
        assertTrue(json.has("heap_mb"));
    }

    @Test
    void aBadThreadCountIsBadInputOnOneLine() {
        CliRunner.Outcome outcome = new CliRunner(dir).run("bench", "--threads", "0");
        assertEquals(2, outcome.exitCode());
        assertEquals("error: --threads = 0: must be an integer in [1, 256]", outcome.err().strip());
    }
}
