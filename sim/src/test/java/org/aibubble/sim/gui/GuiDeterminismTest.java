package org.aibubble.sim.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.config.RunSettings;
import org.aibubble.sim.run.RunResult;
import org.aibubble.sim.run.SingleRun;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import sim.util.media.chart.TimeSeriesAttributes;

/** Watching never changes results: the GUI run and a headless run with the same seed give the same series. */
@Tag("gui")
class GuiDeterminismTest {
    private static final int MONTHS = 24;

    @BeforeEach
    void needsDisplay() {
        GuiTestSupport.assumeDisplay();
    }

    @Test
    void guiRunAndHeadlessRunRecordTheSameSeries() throws Exception {
        ModelConfig config = GuiConfigs.baseline();
        List<double[]> headless = headlessRows(config, MONTHS);
        try (GuiTestSupport.Session session = GuiTestSupport.playMonths(config, MONTHS)) {
            assertEquals(MONTHS, session.rows().size());
            for (int month = 0; month < MONTHS; month++) {
                assertArrayEquals(headless.get(month), session.rows().get(month), "month " + month);
            }
            int aiIndex = session.gui().model().economy().seriesColumns().indexOf("ai_index");
            XYSeries charted = aiIndexLine(session.gui().charts().lines()).getSeries();
            for (int month = 0; month < MONTHS; month++) {
                assertEquals(headless.get(month)[aiIndex], charted.getY(month).doubleValue(), 0.0,
                        "charted AI index, month " + month);
            }
        }
    }

    @Test
    void stopAndPlayAgainRepeatsTheRunWithTheSameSeed() throws Exception {
        ModelConfig config = GuiConfigs.baseline();
        try (GuiTestSupport.Session session = GuiTestSupport.playMonths(config, MONTHS)) {
            List<double[]> first = List.copyOf(session.rows());
            GuiTestSupport.onEdt(() -> session.console().pressStop());
            List<double[]> replay = GuiTestSupport.replayFromStop(session, MONTHS / 2);
            assertEquals(MONTHS / 2, replay.size());
            for (int month = 0; month < MONTHS / 2; month++) {
                assertArrayEquals(first.get(month), replay.get(month), "month " + month + " of the replay");
            }
            for (TimeSeriesAttributes line : session.gui().charts().lines()) {
                assertEquals(MONTHS / 2, line.getSeries().getItemCount(), line.getSeriesName() + " starts afresh");
            }
        }
    }

    @Test
    void aNewSeedInTheConsoleGivesTheHeadlessRunWithThatSeed() throws Exception {
        ModelConfig config = GuiConfigs.baseline();
        long next = config.run().seed() + 1;
        RunSettings run = config.run();
        List<double[]> headless = headlessRows(config.withRun(new RunSettings(next, run.months(), run.start(),
                run.households())), MONTHS / 4);
        try (GuiTestSupport.Session session = GuiTestSupport.playMonths(config, MONTHS / 4)) {
            GuiTestSupport.onEdt(() -> {
                session.console().setIncrementSeedOnStop(true);
                session.console().pressStop();
            });
            List<double[]> replay = GuiTestSupport.replayFromStop(session, MONTHS / 4);
            for (int month = 0; month < MONTHS / 4; month++) {
                assertArrayEquals(headless.get(month), replay.get(month), "month " + month + " with seed " + next);
            }
        }
    }

    private static TimeSeriesAttributes aiIndexLine(List<TimeSeriesAttributes> lines) {
        for (TimeSeriesAttributes line : lines) {
            if (line.getSeriesName().equals("AI equity index")) {
                return line;
            }
        }
        throw new AssertionError("no AI equity index line");
    }

    /** The rows the {@code run} command would write, for the first {@code months} months. */
    private static List<double[]> headlessRows(ModelConfig config, int months) {
        RunResult result = SingleRun.run(config, (done, total, columns, row) -> { });
        return List.of(result.rows()).subList(0, months);
    }
}
