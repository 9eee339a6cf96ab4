package org.aibubble.sim.sweep.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import org.aibubble.sim.sweep.SweepException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignPointsTest {
    @TempDir
    Path dir;

    private SweepSpec load(String design, String size, String parameters) throws IOException, SweepException {
        Files.writeString(dir.resolve("base.yaml"), "run: {}\n");
        Path file = dir.resolve("s.yaml");
        Files.writeString(file, "base: base.yaml\ndesign: " + design + "\n" + size + "replicates: 1\nseed: 3\n"
                + "months: 12\nhouseholds: 1000\nkeep: summary\nparameters:\n" + parameters);
        return new SweepSpecLoader().load(file);
    }

    @Test
    void gridVisitsEveryCombinationFirstParameterSlowest() throws Exception {
        SweepSpec spec = load("grid", "", """
                  - path: a.life
                    min: 3
                    max: 5
                    integer: true
                  - path: a.gate
                    min: 0.05
                    max: 0.15
                    levels: 3
                  - path: a.qe
                    values: [true, false]
                """);
        List<List<String>> points = DesignPoints.of(spec);
        assertEquals(18, spec.points());
        assertEquals(18, points.size());
        assertEquals(List.of("3", "0.05", "true"), points.get(0));
        assertEquals(List.of("3", "0.05", "false"), points.get(1));
        assertEquals(List.of("3", "0.1", "true"), points.get(2));
        assertEquals(List.of("5", "0.15", "false"), points.get(17));
    }

    @Test
    void rangesMapTheUnitIntervalLinearlyLogarithmicallyOrOntoWholeNumbers() {
        RangeParameter linear = new RangeParameter("p", 2, 4, Scale.LINEAR, false, 0);
        RangeParameter log = new RangeParameter("p", 1, 100, Scale.LOG, false, 0);
        RangeParameter whole = new RangeParameter("p", 3, 6, Scale.LINEAR, true, 0);
        assertEquals("3.0", linear.valueAt(0.5));
        assertEquals(10.0, Double.parseDouble(log.valueAt(0.5)), 1e-12);
        assertEquals(List.of("3", "3", "4", "5", "6", "6"), List.of(whole.valueAt(0), whole.valueAt(0.2),
                whole.valueAt(0.3), whole.valueAt(0.6), whole.valueAt(0.75), whole.valueAt(0.999)));
        assertEquals(List.of("1.0", "10.000000000000002", "100.0"),
                new RangeParameter("p", 1, 100, Scale.LOG, false, 3).gridLevels());
        ValueListParameter values = new ValueListParameter("q", List.of("a", "b", "c"));
        assertEquals(List.of("a", "b", "c"), List.of(values.valueAt(0.1), values.valueAt(0.5), values.valueAt(0.9)));
    }

    @Test
    void latinHypercubePointsCoverEveryStratumOfEachRange() throws Exception {
        SweepSpec spec = load("latin-hypercube", "points: 10\n", """
                  - path: a.x
                    min: 0
                    max: 10
                """);
        HashSet<Integer> strata = new HashSet<>();
        for (List<String> point : DesignPoints.of(spec)) {
            strata.add((int) Math.floor(Double.parseDouble(point.get(0))));
        }
        assertEquals(10, strata.size());
    }

    @Test
    void saltelliHasBaseSamplesTimesParametersPlusTwoPoints() throws Exception {
        SweepSpec spec = load("saltelli", "sensitivity:\n  baseSamples: 16\n  bootstrap: 100\n  confidence: 0.95\n", """
                  - path: a.x
                    min: 0
                    max: 1
                  - path: a.qe
                    values: [true, false]
                """);
        assertEquals(64, spec.points());
        assertEquals(64, DesignPoints.of(spec).size());
        assertEquals(new SensitivitySettings(16, 100, 0.95), spec.sensitivity());
    }

    @Test
    void designSpecificKeysAreRequiredOrRefused() {
        SweepException grid = assertThrows(SweepException.class, () -> load("grid", "points: 4\n",
                "  - path: a.x\n    values: [1, 2]\n"));
        assertEquals("points = 4: a grid has one point per combination of levels; remove points", grid.getMessage());
        SweepException levels = assertThrows(SweepException.class, () -> load("grid", "",
                "  - path: a.x\n    min: 0\n    max: 1\n"));
        assertEquals("parameters[0].levels = (missing): is required on a grid for a range that is not integer: "
                + "an integer in [2, 1000000]",
                levels.getMessage());
        SweepException saltelli = assertThrows(SweepException.class, () -> load("saltelli", "",
                "  - path: a.x\n    values: [1, 2]\n"));
        assertTrue(saltelli.getMessage().startsWith("sensitivity = (missing): is required for saltelli"));
        SweepException twice = assertThrows(SweepException.class, () -> load("random", "points: 2\n",
                "  - path: a.x\n    values: [1, 2]\n  - path: a.x\n    values: [3, 4]\n"));
        assertEquals("parameters[1].path = \"a.x\": is already varied by an earlier entry; each path may appear once",
                twice.getMessage());
        SweepException seed = assertThrows(SweepException.class, () -> load("random", "points: 2\n",
                "  - path: run.seed\n    values: [1, 2]\n"));
        assertTrue(seed.getMessage().startsWith("parameters[0].path = \"run.seed\": is set by the sweep itself"));
        SweepException seeds = assertThrows(SweepException.class, () -> load("random", "points: 2\nseeds: sequential\n",
                "  - path: a.x\n    values: [1, 2]\n"));
        assertEquals("seeds = \"sequential\": must be independent or common", seeds.getMessage());
        SweepException yaml = assertThrows(SweepException.class, () -> load("random", "points: [\n", ""));
        assertTrue(yaml.getMessage().contains("s.yaml line 5: malformed YAML"), yaml.getMessage());
    }
}
