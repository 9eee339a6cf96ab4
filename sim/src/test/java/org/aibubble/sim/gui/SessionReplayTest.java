package org.aibubble.sim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aibubble.agents.config.EventSpec;
import org.aibubble.agents.config.EventType;
import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.config.QePolicy;
import org.aibubble.agents.config.RunSettings;
import org.aibubble.sim.TestConfigs;
import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.engine.AiEconomySim;
import org.aibubble.sim.output.RunFolder;
import org.aibubble.sim.replay.Replay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GUI session's interventions (the QE lever, a fired event) are recorded as scenario events in the
 * session folder's config.yaml, and {@code run} on that config gives the session's series byte for byte.
 * Runs the model as the GUI does, without a window (the levers act on the model, not on Swing).
 */
class SessionReplayTest {
    private static final int MONTHS = 24;

    @Test
    void runOnTheSessionConfigReplaysTheInterventions(@TempDir Path dir) throws Exception {
        ModelConfig base = new ConfigLoader().load(TestConfigs.BASELINE, List.of()).config();
        ModelConfig config = base.withRun(new RunSettings(7, MONTHS, base.run().start(), 2000));
        AiEconomySim model = new AiEconomySim(config);
        SessionFolder session = new SessionFolder(RunFolder.at(dir.resolve("session")), model);
        model.setMonthListener(session);
        model.start();
        PolicyLevers levers = new PolicyLevers(model);
        step(model, 5);
        levers.setQe(QePolicy.FORCED.ordinal());
        step(model, 4);
        model.intervene(EventType.TERM_PREMIUM_SHOCK, 0.01, 3);
        step(model, 4);
        levers.setQe(QePolicy.OFF.ordinal());
        assertEquals(QePolicy.OFF, model.economy().world().fed().qeSetting());
        step(model, MONTHS - 13);
        session.close();

        Path folder = dir.resolve("session");
        ModelConfig saved = new ConfigLoader().load(folder.resolve(RunFolder.CONFIG));
        List<EventSpec> events = saved.scenario().events();
        assertEquals(List.of(new EventSpec(EventType.QE_FORCED, "month >= 5", 0, MONTHS - 5),
                new EventSpec(EventType.TERM_PREMIUM_SHOCK, "month >= 9", 0.01, 3),
                new EventSpec(EventType.NO_QE, "month >= 13", 0, MONTHS - 13)), events);
        List<String> series = Files.readAllLines(folder.resolve(RunFolder.SERIES));
        assertEquals(MONTHS + 1, series.size());
        int qeFlow = List.of(series.get(0).split(",")).indexOf("qe_flow");
        assertTrue(Double.parseDouble(series.get(6 + 1).split(",")[qeFlow]) > 0, "forced QE bought in month 6");
        assertEquals(0.0, Double.parseDouble(series.get(MONTHS).split(",")[qeFlow]), 0.0, "no QE once off");

        Replay.Outcome replay = Replay.of(folder);
        assertTrue(replay.identical(), "line " + replay.line() + ": " + replay.recorded() + " / " + replay.replayed());
        assertEquals(MONTHS + 1, replay.lines());
    }

    @Test
    void withoutTheRecordedEventsTheRunDiffers(@TempDir Path dir) throws Exception {
        ModelConfig base = new ConfigLoader().load(TestConfigs.BASELINE, List.of()).config();
        ModelConfig config = base.withRun(new RunSettings(7, 12, base.run().start(), 2000));
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

    private static int qeColumn(AiEconomySim model) {
        return model.economy().seriesColumns().indexOf("qe_flow");
    }

    private static void step(AiEconomySim model, int months) {
        for (int m = 0; m < months; m++) {
            model.stepMonth();
        }
    }
}
