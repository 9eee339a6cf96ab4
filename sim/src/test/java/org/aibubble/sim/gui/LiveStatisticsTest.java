package org.aibubble.sim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.sim.run.SingleRun;
import org.junit.jupiter.api.Test;

class LiveStatisticsTest {
    @Test
    void showsFourSignificantDigits() {
        assertEquals(0.05364, LiveStatistics.shown(0.053643341421010834));
        assertEquals(134.2, LiveStatistics.shown(134.16041111682543));
        assertEquals(2.183e-11, LiveStatistics.shown(2.1827872842550278e-11));
        assertEquals(0.0, LiveStatistics.shown(0.0));
        assertTrue(Double.isNaN(LiveStatistics.shown(Double.NaN)));
    }

    @Test
    void readsTheLastRecordedMonthAndItsCalendarDate() {
        SingleRun run = SingleRun.prepare(GuiConfigs.baseline());
        LiveStatistics statistics = new LiveStatistics(() -> run.sim().economy());
        assertEquals("-", statistics.getMonth());
        assertTrue(Double.isNaN(statistics.getAiIndex()));
        run.sim().stepMonth();
        run.sim().stepMonth();
        assertEquals("2026-02", statistics.getMonth());
        int column = run.columns().indexOf("unemployment");
        assertEquals(LiveStatistics.shown(run.sim().economy().lastRow()[column]), statistics.getUnemployment());
    }
}
