package org.aibubble.sim.calibrate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.sweep.SweepException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calibration's contract on a tiny spec (30 households, 48 months, 2 replicates): the spec is bound
 * strictly with one-line errors; the results are byte-identical for 1 and 2 threads; a calibration killed
 * mid-way (its log cut after some entries, with a partial last line) resumes to the same files; a folder
 * of another spec is refused; {@code calibrated.yaml} loads as a config holding the estimates.
 */
class CalibrationTest {
    private static final String SPEC = """
            description: tiny calibration for tests
            base: ../baseline.yaml
            overrides: {run.households: "30", run.months: "48"}
            parameters:
              - {path: markets.equityNoise, min: 0.01, max: 0.06, scale: linear}
              - {path: macro.labourAdjustment, min: 0.02, max: 0.15, scale: log}
            targets:
              facts: ""
              series: ""
              moments:
                - {id: vol, statistic: return-annual-volatility, runs: all, aggregate: pooled, value: truth}
                - {id: urange, statistic: unemployment-range, runs: all, aggregate: mean, value: truth}
            truth:
              values: {markets.equityNoise: 0.03, macro.labourAdjustment: 0.06}
              seed: 5000
              replicates: 4
            weights: diagonal
            replicates: 2
            seed: 100
            budget: 20
            optimizer:
              method: cma-es
              start: {markets.equityNoise: 0.05}
              step: 0.3
              population: 0
              seed: 3
              tolerance: 0
            """;
    private static final List<String> FILES = List.of(CalibrationLog.FILE, CalibrationResult.JSON, CalibrationResult.YAML,
            CalibrationResult.REPORT, CalibrationResult.LOSS_CHART);

    @TempDir
    Path tmp;
    private Path spec;

    @BeforeEach
    void writeSpec() throws IOException {
        Path configs = tmp.resolve("configs");
        Files.createDirectories(configs.resolve("calibration"));
        Files.copy(Path.of("..", "configs", "baseline.yaml"), configs.resolve("baseline.yaml"));
        spec = configs.resolve("calibration").resolve("tiny.yaml");
        Files.writeString(spec, SPEC);
    }

    @Test
    void sameFilesForAnyThreadCountAndAfterAResume() throws Exception {
        CalibrationResult one = Calibration.load(spec).run(tmp.resolve("t1"), false, 1, c -> { });
        Calibration.load(spec).run(tmp.resolve("t2"), false, 2, c -> { });
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("t1").resolve(f)), Files.readAllBytes(tmp.resolve("t2").resolve(f)), f);
        }
        assertTrue(one.calls() <= 20, "within the budget: " + one.calls());
        List<String> lines = Files.readAllLines(tmp.resolve("t1").resolve(CalibrationLog.FILE));
        assertEquals(1 + 1 + one.calls(), lines.size(), "header, truth and one line per call");
        Path killed = tmp.resolve("killed");
        Files.createDirectories(killed);
        String cut = String.join("\n", lines.subList(0, 6)) + "\n" + lines.get(6).substring(0, 40);
        Files.writeString(killed.resolve(CalibrationLog.FILE), cut, StandardCharsets.UTF_8);
        SweepException notEmpty = assertThrows(SweepException.class, () -> Calibration.load(spec).run(killed, false, 1, c -> { }));
        assertTrue(notEmpty.getMessage().contains("--resume"), notEmpty.getMessage());
        Calibration.load(spec).run(killed, true, 2, c -> { });
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve("t1").resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
        }
        String yaml = Files.readString(tmp.resolve("t1").resolve(CalibrationResult.YAML));
        assertTrue(yaml.startsWith("# Calibrated by `calibrate tiny.yaml`"), yaml.substring(0, 80));
        Path copy = tmp.resolve("configs").resolve("calibrated.yaml");
        Files.writeString(copy, yaml);
        double noise = new ConfigLoader().load(copy).markets().equityNoise();
        assertEquals(one.estimates().get("markets.equityNoise"), noise, 0);
        assertEquals(100000, new ConfigLoader().load(copy).run().households(), "the base's own households, not the spec's");
    }

    @Test
    void aFolderOfAnotherSpecIsRefused() throws Exception {
        Calibration.load(spec).run(tmp.resolve("a"), false, 1, c -> { });
        Files.writeString(spec, SPEC.replace("seed: 100", "seed: 101"));
        SweepException e = assertThrows(SweepException.class, () -> Calibration.load(spec).run(tmp.resolve("a"), true, 1, c -> { }));
        assertTrue(e.getMessage().contains("another spec"), e.getMessage());
    }

    @Test
    void badSpecsGetOneLineErrorsNamingTheKey() throws IOException {
        assertError(SPEC.replace("weights: diagonal", "weights: diagonal\nwieghts: identity"), "unknown key wieghts");
        assertError(SPEC.replace("markets.equityNoise", "markets.equityNoize"), "parameters[0].path = \"markets.equityNoize\"");
        assertError(SPEC.replace("start: {markets.equityNoise", "start: {markets.trendReaction"), "optimizer.start");
        assertError(SPEC.replace("budget: 20", "budget: 5"), "budget = 5");
        assertError(SPEC.replace("max: 0.06", "max: 0.005"), "parameters[0].max");
        assertError(SPEC.replace("weights: diagonal", "weights: ols"), "weights");
        assertError(SPEC.replace("value: truth}\n    - {id: urange", "value: facts}\n    - {id: urange"), "targets.facts");
        assertError(SPEC.replace("values: {markets.equityNoise: 0.03, ", "values: {"), "truth.values");
        assertError(SPEC.replace("base: ../baseline.yaml", "base: ../../../baseline.yaml"), "base");
        assertError(SPEC.replace("min: 0.02, max: 0.15, scale: log", "min: 0.02, max: 0.15, scale: log, integer: true"),
                "unknown key");
    }

    private void assertError(String text, String expected) throws IOException {
        Files.writeString(spec, text);
        SweepException e = assertThrows(SweepException.class, () -> Calibration.load(spec));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }
}
