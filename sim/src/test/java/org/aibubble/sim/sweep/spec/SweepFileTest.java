package org.aibubble.sim.sweep.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.aibubble.sim.sweep.SweepException;
import org.aibubble.sim.sweep.exec.SeedScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep file is bound onto {@link SweepFile} by the config loader, with the rules of configs: an
 * unknown key is refused naming it and the keys allowed, a bad value in one line naming the key, the
 * value and what is allowed; an optional key left out takes its documented default or none.
 */
class SweepFileTest {
    private static final String SWEEP = """
            base: base.yaml
            design: random
            points: 4
            replicates: 1
            seed: 3
            months: 12
            households: 1000
            keep: summary
            parameters:
              - path: a.x
                min: 0
                max: 1
              - path: a.y
                values: [1, 2]
            """;

    @TempDir
    Path dir;

    private SweepSpec load(String text) throws IOException, SweepException {
        Files.writeString(dir.resolve("base.yaml"), "run: {}\n");
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, text);
        return new SweepSpecLoader().load(file);
    }

    private String refused(String from, String to) {
        return assertThrows(SweepException.class, () -> load(SWEEP.replace(from, to))).getMessage();
    }

    @Test
    void optionalKeysLeftOutTakeTheirDefaults() throws Exception {
        SweepSpec spec = load(SWEEP);
        assertEquals(SeedScheme.INDEPENDENT, spec.seeds());
        assertEquals(new RangeParameter("a.x", 0, 1, Scale.LINEAR, false, 0), spec.parameters().get(0));
        assertEquals(new ValueListParameter("a.y", java.util.List.of("1", "2")), spec.parameters().get(1));
        assertEquals(null, spec.sensitivity());
        assertEquals(SeedScheme.COMMON, load(SWEEP + "seeds: common\n").seeds());
    }

    @Test
    void unknownKeysAreRefusedNamingTheKeysAllowed() {
        assertEquals("unknown key parameters[0].step (allowed: path, min, max, values, scale, integer, levels)",
                refused("max: 1\n", "max: 1\n    step: 0.1\n"));
        assertEquals("unknown key sensitivity.samples (allowed: baseSamples, bootstrap, confidence)",
                refused("design: random\npoints: 4\n", "design: saltelli\nsensitivity:\n  samples: 4\n"));
    }

    @Test
    void badValuesAreOneLineNamingKeyValueAndWhatIsAllowed() {
        assertEquals("parameters[0].min = \"low\": must be a number", refused("min: 0", "min: low"));
        assertEquals("points = 2.5: must be an integer", refused("points: 4", "points: 2.5"));
        assertEquals("months = null: a value is required", refused("months: 12", "months: null"));
        assertEquals("parameters[0].scale = \"cubic\": must be one of linear, log",
                refused("max: 1\n", "max: 1\n    scale: cubic\n"));
        assertEquals("parameters[0].integer = \"yes please\": must be true or false",
                refused("max: 1\n", "max: 1\n    integer: yes please\n"));
        assertEquals("parameters[1].scale = log: applies to a min/max range; give either values or a range, not both",
                refused("values: [1, 2]", "values: [1, 2]\n    scale: log"));
        assertEquals("parameters[1].values = 1 entries: must be a list of at least 2 different scalar values "
                + "(numbers, true/false or names)", refused("values: [1, 2]", "values: [1]"));
        assertEquals("parameters[1].values[1] = \"1\": must be a list of at least 2 different scalar values "
                + "(numbers, true/false or names)", refused("values: [1, 2]", "values: [1, 1]"));
        assertEquals("parameters[0].min = 0: must be above 0 with scale: log", refused("max: 1\n", "max: 1\n    scale: log\n"));
        assertEquals("parameters[0].max = 1.5: must be a whole number for an integer parameter",
                refused("max: 1\n", "max: 1.5\n    integer: true\n"));
        assertEquals("sensitivity.confidence = 1.5: must be a number in (0, 1), e.g. 0.95", refused(
                "design: random\npoints: 4\n", "design: saltelli\nsensitivity:\n  baseSamples: 4\n  bootstrap: 10\n"
                        + "  confidence: 1.5\n"));
        assertEquals("sensitivity = {...}: applies to the saltelli design only",
                refused("points: 4\n", "points: 4\nsensitivity:\n  baseSamples: 4\n  bootstrap: 10\n  confidence: 0.9\n"));
        assertEquals("households = 10: must be an integer in [30, 200000000]", refused("households: 1000", "households: 10"));
    }

    @Test
    void noErrorCarriesAStackTraceOrALineBreak() {
        String message = refused("parameters:", "parameters: 3\nx:");
        assertFalse(message.contains("\n"), message);
        assertFalse(message.contains("Exception"), message);
    }
}
