package org.aibubble.sim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.aibubble.agents.config.EventSpec;
import org.aibubble.agents.config.EventType;
import org.aibubble.agents.config.FedParameter;
import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.config.QePolicy;
import org.aibubble.agents.config.RunSettings;
import org.aibubble.agents.config.ScenarioSettings;
import org.aibubble.sim.TestConfigs;
import org.aibubble.sim.config.ConfigComments;
import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.config.ConfigWriter;
import org.aibubble.sim.engine.AiEconomySim;
import org.aibubble.sim.output.RunFolder;
import org.aibubble.sim.output.SeriesCsvWriter;
import org.aibubble.sim.replay.Replay;
import org.aibubble.sim.run.RunResult;
import org.aibubble.sim.run.SingleRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GUI session's interventions (the QE lever, the Taylor-rule sliders, the QE pace slider, a fired event)
 * are recorded as scenario events dated at the month they were made in the session folder's config.yaml,
 * whose other sections stay as the session started, and {@code run} on that config gives the session's
 * series byte for byte. Runs the model as the GUI does, without a window (the levers act on the model,
 * not on Swing).
 */
class SessionReplayTest {
    private static final int MONTHS = 24;
    private static final int QE_ON = 5;
    private static final int PACE_AND_SHOCK = 9;
    private static final int WEIGHTS = 11;
    private static final int QE_OFF = 15;

    @Test
    void runOnTheSessionConfigReplaysTheInterventions(@TempDir Path dir) throws Exception {
        ModelConfig config = sessionConfig();
        Path folder = recordSession(config, dir.resolve("session"));

        ModelConfig saved = new ConfigLoader().load(folder.resolve(RunFolder.CONFIG));
        assertEquals(List.of(new EventSpec(EventType.QE_FORCED, "month >= " + QE_ON, 0, MONTHS - QE_ON),
                new EventSpec(EventType.TERM_PREMIUM_SHOCK, "month >= " + PACE_AND_SHOCK, 0.01, 3),
                new EventSpec(EventType.QE_PER_MONTH, "month >= " + PACE_AND_SHOCK, 250, MONTHS - PACE_AND_SHOCK),
                new EventSpec(EventType.INFLATION_WEIGHT, "month >= " + WEIGHTS, 3, MONTHS - WEIGHTS),
                new EventSpec(EventType.UNEMPLOYMENT_WEIGHT, "month >= " + WEIGHTS, 3, MONTHS - WEIGHTS),
                new EventSpec(EventType.NO_QE, "month >= " + QE_OFF, 0, MONTHS - QE_OFF)), saved.scenario().events(),
                "every lever move dated at its month; of the two pace values sent in month 9 (a drag), the last");
        assertEquals(config.fed(), saved.fed(), "the saved fed section keeps the values the session started with");

        List<String> series = Files.readAllLines(folder.resolve(RunFolder.SERIES));
        assertEquals(MONTHS + 1, series.size());
        assertEquals(100.0, value(series, PACE_AND_SHOCK - 1, "qe_flow"), 1e-9, "forced QE at fed.qePerMonth");
        assertEquals(250.0, value(series, PACE_AND_SHOCK, "qe_flow"), 1e-9, "the pace slider from month 9");
        assertEquals(0.0, value(series, MONTHS - 1, "qe_flow"), 0.0, "no QE once off");

        Replay.Outcome replay = Replay.of(folder);
        assertTrue(replay.identical(), "line " + replay.line() + ": " + replay.recorded() + " / " + replay.replayed());
        assertEquals(MONTHS + 1, replay.lines());
    }

    /**
     * Values set in the Parameters tab take effect at the next start (Stop, Play), keep the Console's seed, are
     * in the config.yaml the session folder saves with the interventions made after it, and {@code run} on that
     * config gives the session's series byte for byte.
     */
    @Test
    void valuesSetBeforeAStartAreInTheSavedConfigAndReplayByteForByte(@TempDir Path dir) throws Exception {
        ModelConfig config = sessionConfig();
        Path folder = dir.resolve("session");
        AiEconomySim model = new AiEconomySim(config);
        SessionFolder session = new SessionFolder(RunFolder.at(folder), model);
        model.setMonthListener(session);
        model.start();
        ParameterSheet sheet = new ParameterSheet(config, ConfigComments.none());
        sheet.set("hyperscalers.firms[2].capex", "200");
        sheet.set("fed.inflationWeight", "1.5");
        sheet.set("run.months", "18");
        model.startNextUnder(sheet.config());
        step(model, 2);
        assertEquals(config, model.config(), "a running model keeps its config until it starts again");
        model.finish();
        model.setSeed(11);
        model.start();
        assertEquals(sheet.config().withRun(new RunSettings(11, 18, config.run().start(), 2000)), model.config(),
                "the values set, with the Console's seed");
        step(model, QE_ON);
        new PolicyLevers(model).setQe(QePolicy.FORCED.ordinal());
        step(model, 18 - QE_ON);
        session.close();

        byte[] saved = Files.readAllBytes(folder.resolve(RunFolder.CONFIG));
        assertArrayEquals(new ConfigWriter().toYaml(model.recordedConfig()), saved);
        ModelConfig reloaded = new ConfigLoader().load(folder.resolve(RunFolder.CONFIG));
        assertEquals(200, reloaded.hyperscalers().firms().get(2).capex(), 0.0);
        assertEquals(1.5, reloaded.fed().inflationWeight(), 0.0);
        assertEquals(List.of(new EventSpec(EventType.QE_FORCED, "month >= " + QE_ON, 0, 18 - QE_ON)),
                reloaded.scenario().events());
        Replay.Outcome replay = Replay.of(folder);
        assertTrue(replay.identical(), "line " + replay.line() + ": " + replay.recorded() + " / " + replay.replayed());
        assertEquals(18 + 1, replay.lines());
        List<String> session18 = Files.readAllLines(folder.resolve(RunFolder.SERIES));
        List<String> without = seriesOf(withEvents(config.withRun(new RunSettings(11, 18, config.run().start(), 2000)),
                events -> new ArrayList<>(reloaded.scenario().events())));
        assertTrue(firstDifferingMonth(session18, without) >= 0, "the values set change the run");
    }

    /**
     * Were a slider's event recorded from month 0 (or its value saved in the fed section, as when the sliders
     * went through the branch mechanism), the replay would differ from the session: each slider move changes
     * the series, and a month-0 record of it changes the months before it was made.
     */
    @Test
    void eachSliderMoveRecordedFromMonthZeroWouldNotReplayTheSession(@TempDir Path dir) throws Exception {
        Path folder = recordSession(sessionConfig(), dir.resolve("session"));
        List<String> session = Files.readAllLines(folder.resolve(RunFolder.SERIES));
        ModelConfig saved = new ConfigLoader().load(folder.resolve(RunFolder.CONFIG));
        assertEquals(-1, firstDifferingMonth(session, seriesOf(saved)), "the saved config replays the session");
        for (FedParameter parameter : FedParameter.values()) {
            EventSpec move = saved.scenario().events().stream()
                    .filter(e -> e.type().fedParameter().equals(Optional.of(parameter))).findFirst().orElseThrow();
            int made = Integer.parseInt(move.when().replace("month >= ", ""));
            ModelConfig fromMonthZero = withEvents(saved, events -> replace(events, move,
                    new EventSpec(move.type(), "month >= 0", move.size(), MONTHS)));
            assertFirstDifferenceBefore(made, session, seriesOf(fromMonthZero), move.type() + " recorded at month 0");
            FedParams inFedSection = parameter.setIn(saved.fed(), move.size());
            ModelConfig asBaseValue = withEvents(new ModelConfig(saved.run(), saved.scenario(), saved.macro(),
                    saved.households(), saved.hyperscalers(), saved.labs(), saved.privateCredit(), inFedSection,
                    saved.markets()), events -> replace(events, move, null));
            assertFirstDifferenceBefore(made, session, seriesOf(asBaseValue), move.type() + " saved as fed." + parameter.key());
        }
    }

    @Test
    void withoutTheRecordedEventsTheRunDiffers() {
        ModelConfig config = sessionConfig().withRun(new RunSettings(7, 12, sessionConfig().run().start(), 2000));
        AiEconomySim plain = new AiEconomySim(config);
        plain.start();
        AiEconomySim forced = new AiEconomySim(config);
        forced.start();
        step(plain, 3);
        step(forced, 3);
        new PolicyLevers(forced).setQe(QePolicy.FORCED.ordinal());
        step(plain, 1);
        step(forced, 1);
        assertFalse(plain.economy().lastRow()[qeColumn(plain)] > 0, "no QE by the rule in calm month 3");
        assertTrue(forced.economy().lastRow()[qeColumn(forced)] > 0, "the lever forced QE from month 3");
    }

    @Test
    void aRestartRunsTheConfigAgainWithoutTheInterventions() {
        AiEconomySim model = new AiEconomySim(sessionConfig());
        model.start();
        PolicyLevers levers = new PolicyLevers(model);
        step(model, 3);
        levers.setInflationWeight(3);
        levers.setQePerMonth(250);
        model.finish();
        model.start();
        assertEquals(0.5, levers.getInflationWeight(), 0.0, "fed.inflationWeight again");
        assertEquals(100.0, levers.getQePerMonth(), 0.0, "fed.qePerMonth again");
        assertEquals(List.of(), model.recordedConfig().scenario().events());
        AiEconomySim fresh = new AiEconomySim(sessionConfig());
        fresh.start();
        for (int m = 0; m < 6; m++) {
            model.stepMonth();
            fresh.stepMonth();
            assertArrayEquals(fresh.economy().lastRow(), model.economy().lastRow(), "month " + m);
        }
    }

    @Test
    void aRejectedSliderValueIsNeitherAppliedNorRecorded() {
        AiEconomySim model = new AiEconomySim(sessionConfig());
        model.start();
        PolicyLevers levers = new PolicyLevers(model);
        step(model, 2);
        levers.setUnemploymentWeight(FedParams.MAX_RULE_WEIGHT + 1);
        levers.setQePerMonth(-1);
        assertEquals(1.0, levers.getUnemploymentWeight(), 0.0, "fed.unemploymentWeight still in force");
        assertEquals(100.0, levers.getQePerMonth(), 0.0, "fed.qePerMonth still in force");
        assertEquals(List.of(), model.recordedConfig().scenario().events());
    }

    /**
     * The session: QE forced in month 5; in month 9 a rate shock and the pace slider dragged to 180 then 250;
     * in month 11 both Taylor weights to 3; QE off in month 15.
     */
    private static Path recordSession(ModelConfig config, Path dir) throws Exception {
        AiEconomySim model = new AiEconomySim(config);
        SessionFolder session = new SessionFolder(RunFolder.at(dir), model);
        model.setMonthListener(session);
        model.start();
        PolicyLevers levers = new PolicyLevers(model);
        step(model, QE_ON);
        levers.setQe(QePolicy.FORCED.ordinal());
        step(model, PACE_AND_SHOCK - QE_ON);
        model.intervene(EventType.TERM_PREMIUM_SHOCK, 0.01, 3);
        levers.setQePerMonth(180);
        levers.setQePerMonth(250);
        step(model, WEIGHTS - PACE_AND_SHOCK);
        levers.setInflationWeight(3);
        levers.setUnemploymentWeight(3);
        assertEquals(3.0, levers.getInflationWeight(), 0.0, "the slider shows the weight in force");
        assertEquals(0.5, model.config().fed().inflationWeight(), 0.0, "the config is not changed");
        step(model, QE_OFF - WEIGHTS);
        levers.setQe(QePolicy.OFF.ordinal());
        assertEquals(QePolicy.OFF, model.economy().world().fed().qeSetting());
        step(model, MONTHS - QE_OFF);
        session.close();
        return dir;
    }

    private static ModelConfig sessionConfig() {
        try {
            ModelConfig base = new ConfigLoader().load(TestConfigs.BASELINE, List.of()).config();
            return base.withRun(new RunSettings(7, MONTHS, base.run().start(), 2000));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the lines of the series.csv that {@code run} on {@code config} writes */
    private static List<String> seriesOf(ModelConfig config) {
        RunResult result = SingleRun.run(config, (done, total, columns, row) -> { });
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", result.columns()));
        for (double[] row : result.rows()) {
            lines.add(SeriesCsvWriter.line(row));
        }
        return lines;
    }

    /** Asserts that {@code other} differs from the session's series in a month before {@code month}. */
    private static void assertFirstDifferenceBefore(int month, List<String> session, List<String> other, String what) {
        int differs = firstDifferingMonth(session, other);
        assertTrue(differs >= 0, what + " would replay the session: the test could not tell the months apart");
        assertTrue(differs < month, what + ": first differs in month " + differs + ", not before month " + month);
    }

    /** @return the first month whose line differs between two series of the same columns; -1 if none does */
    private static int firstDifferingMonth(List<String> series, List<String> other) {
        assertEquals(series.get(0), other.get(0), "the header");
        assertEquals(series.size(), other.size(), "the months");
        for (int line = 1; line < series.size(); line++) {
            if (!series.get(line).equals(other.get(line))) {
                return line - 1;
            }
        }
        return -1;
    }

    private static ModelConfig withEvents(ModelConfig config, UnaryOperator<List<EventSpec>> edit) {
        ScenarioSettings scenario = config.scenario();
        return config.withScenario(new ScenarioSettings(scenario.name(), scenario.description(),
                edit.apply(new ArrayList<>(scenario.events()))));
    }

    /** @return {@code events} with {@code old} replaced by {@code replacement} (dropped if null) */
    private static List<EventSpec> replace(List<EventSpec> events, EventSpec old, EventSpec replacement) {
        int at = events.indexOf(old);
        events.remove(at);
        if (replacement != null) {
            events.add(at, replacement);
        }
        return events;
    }

    private static double value(List<String> series, int month, String column) {
        int c = List.of(series.get(0).split(",")).indexOf(column);
        return Double.parseDouble(series.get(month + 1).split(",")[c]);
    }

    private static int qeColumn(AiEconomySim model) {
        return model.economy().seriesColumns().indexOf("qe_flow");
    }

    private static void step(AiEconomySim model, int months) {
        for (int m = 0; m < months; m++) {
            model.stepMonth();
        }
    }
}
