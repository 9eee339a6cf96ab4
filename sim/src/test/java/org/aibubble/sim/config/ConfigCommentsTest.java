package org.aibubble.sim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aibubble.sim.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comment above each config key, and the nearest one above for a key without its own. */
class ConfigCommentsTest {
    private static ConfigComments baseline() throws ConfigException {
        return ConfigComments.read(List.of(TestConfigs.BASELINE));
    }

    @Test
    void aKeyHasTheCommentLinesRightAboveItJoinedInOneLine() throws Exception {
        ConfigComments comments = baseline();
        assertEquals("Horizon in months (one tick = one month); 120 = ten years. Integer in [1, 1200]. Design brief.",
                comments.of("run.months"));
        assertEquals("Number of simulated households N; each stands for (US households / N) real ones, so macro "
                + "magnitudes do not depend on N. Integer in [30, 200000000]. Assumption (accuracy vs speed).",
                comments.of("run.households"), "two lines joined by a space");
        assertEquals("How long, from when, with which seed and with how many simulated households a run goes.",
                comments.of("run"), "a section's comment: the file's header above the blank line is not part of it");
        assertEquals("A $27B off-balance-sheet data-centre vehicle (000_266f8df4a2171f99.txt).",
                comments.of("hyperscalers.firms[3].privateCredit"), "a list entry's own comment");
    }

    @Test
    void aKeyWithoutItsOwnCommentTakesTheNearestOneAboveThatSpeaksOfIt() throws Exception {
        ConfigComments comments = baseline();
        assertEquals(comments.of("hyperscalers.firms[0].capex"), comments.of("hyperscalers.firms[2].capex"),
                "the same key in an earlier entry of the list");
        assertTrue(comments.of("hyperscalers.firms[0].capex").startsWith("Capex run-rate at the start, per year"));
        assertEquals(comments.of("macro.minEmploymentShare"), comments.of("macro.maxEmploymentShare"),
                "one comment above two keys of the section");
        assertTrue(comments.of("hyperscalers.firms[1].id").startsWith("The hyperscalers: four cash-rich giants"),
                "else the comment of the enclosing section: " + comments.of("hyperscalers.firms[1].id"));
        assertEquals("", comments.of("nowhere.atAll"));
        assertEquals("", ConfigComments.none().of("run.months"));
    }

    @Test
    void theNamedFileCommentsWinOverItsBaseAndJsonHasNone(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("base.yaml");
        Files.writeString(base, "# The run.\nrun:\n  # Months in the base.\n  months: 12\n  # Seed.\n  seed: 1\n");
        Path scenario = dir.resolve("scenario.yaml");
        Files.writeString(scenario, "extends: base.yaml\nrun:\n  # Months in the scenario.\n  months: 24\n");
        ConfigComments comments = ConfigComments.read(List.of(scenario, base));
        assertEquals("Months in the scenario.", comments.of("run.months"));
        assertEquals("Seed.", comments.of("run.seed"), "what the scenario does not comment, its base does");
        Path json = dir.resolve("config.json");
        Files.writeString(json, "{\"run\": {\"months\": 12}}");
        assertEquals("", ConfigComments.read(List.of(json)).of("run.months"));
    }

    @Test
    void aFileThatIsNotYamlIsOneLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "run: [1, 2\n");
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigComments.read(List.of(bad)));
        assertTrue(e.getMessage().startsWith("config file " + bad + ": malformed YAML"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
