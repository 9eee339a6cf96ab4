package org.aibubble.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help text is wrapped at spaces: config keys and file names are never split across lines. */
class HelpTextTest {
    private static final List<String> COMMANDS = List.of("run", "report", "replay", "branch", "gui", "sweep", "merge",
            "ensemble", "validate", "calibrate", "bench");

    @TempDir
    Path tmp;

    @Test
    void aWordAtTheEdgeMovesToTheNextLineWhole() {
        StringBuilder out = new StringBuilder();
        // "run.start=2027-01;" would end at column 49 of 40: it goes to the next line, not "run." then "start"
        HelpText.appendWrapped(out, "  --set", "override a key, e.g. run.start=2027-01; repeatable", 10, 40);
        String[] lines = out.toString().split("\\R");
        assertEquals("  --set   override a key, e.g.", lines[0]);
        assertEquals("          run.start=2027-01; repeatable", lines[1]);
        StringBuilder longName = new StringBuilder();
        HelpText.appendWrapped(longName, "  --a-very-long-option=VALUE", "text", 10, 40);
        assertEquals(List.of("  --a-very-long-option=VALUE", "          text"), List.of(longName.toString().split("\\R")),
                "a name past the column puts the text on the next line");
    }

    @Test
    void everyCommandsHelpKeepsItsWordsWholeAndWithinTheWidth() {
        CliRunner cli = new CliRunner(tmp);
        String run = cli.run("run", "--help").out();
        assertTrue(run.contains("e.g. --set run.start=2027-01;"), run);
        assertTrue(run.contains("                          outputs/<config>-<seed>-<yyyyMMdd-HHmmss>"), run);
        String root = cli.run("--help").out();
        assertTrue(root.contains("runs.csv, aggregate.csv"), root);
        for (String command : COMMANDS) {
            CliRunner.Outcome help = cli.run(command, "--help");
            assertEquals(0, help.exitCode(), command);
            for (String line : help.out().split("\\R")) {
                String trimmed = line.strip();
                assertTrue(line.length() <= 80 || !trimmed.contains(" "),
                        command + ": a line over 80 characters with a space to break at: " + line);
                assertTrue(!trimmed.isEmpty() || line.isEmpty(), command + ": trailing spaces");
            }
        }
    }
}
