package org.aibubble.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.aibubble.sim.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gui command in the headless test JVM: it must refuse in one line, never with a stack trace. */
class GuiCommandTest {
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

    @Test
    void withoutADisplayItExitsWithCodeTwoAndOneLine() throws IOException {
        Files.writeString(dir.resolve("c.yaml"), CONFIG);
        CliRunner.Outcome outcome = new CliRunner(dir).run("gui", "c.yaml", "--autoplay");
        assertEquals(2, outcome.exitCode(), outcome.err());
        assertEquals(1, outcome.err().lines().count(), outcome.err());
        assertTrue(outcome.err().startsWith("error: the gui command needs a display"), outcome.err());
    }

    @Test
    void aBadConfigIsReportedBeforeAnyWindow() throws IOException {
        Files.writeString(dir.resolve("c.yaml"), CONFIG.replace("months: 6", "months: 0"));
        CliRunner.Outcome outcome = new CliRunner(dir).run("gui", "c.yaml");
        assertEquals(2, outcome.exitCode(), outcome.err());
        assertEquals("error: run.months = 0: must be an integer in [1, 1200]", outcome.err().trim());
    }

    @Test
    void aNegativeDelayIsBadInput() throws IOException {
        Files.writeString(dir.resolve("c.yaml"), CONFIG);
        CliRunner.Outcome outcome = new CliRunner(dir).run("gui", "c.yaml", "--delay", "-5");
        assertEquals(2, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().startsWith("error: --delay = -5"), outcome.err());
    }
}
