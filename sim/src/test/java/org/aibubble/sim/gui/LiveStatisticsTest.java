package org.aibubble.sim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.sim.format.NumberText;
import org.aibubble.sim.run.SingleRun;
import org.junit.jupiter.api.Test;

class LiveStatisticsTest {
    @Test
    void readsTheLastRecordedMonthAndShowsItWithItsUnit() {
        SingleRun run = SingleRun.prepare(GuiConfigs.baseline());
        LiveStatistics statistics = new LiveStatistics(() -> run.sim().economy());
        assertEquals("-", statistics.getMonth());
        assertEquals("n/a", statistics.getAiIndex());
        run.sim().stepMonth();
        run.sim().stepMonth();
        assertEquals("2026-02", statistics.getMonth());
        double[] row = run.sim().economy().lastRow();
        double unemployment = row[run.columns().indexOf("unemployment")];
        assertEquals(NumberText.withUnit(unemployment, NumberText.Unit.PERCENT), statistics.getUnemployment());
        assertTrue(statistics.getUnemployment().matches("\\d\\.\\d{1,3}%"), statistics.getUnemployment());
        assertTrue(statistics.getPolicyRate().endsWith("%"), statistics.getPolicyRate());
        assertTrue(statistics.getCapexTotal().matches("\\$[\\d.,]+ bn / month"), statistics.getCapexTotal());
        assertTrue(statistics.getLedgerError().endsWith(" bn"), statistics.getLedgerError());
        assertTrue(statistics.getLabFailures().matches("\\d+"), statistics.getLabFailures());
        assertEquals(NumberText.withUnit(row[run.columns().indexOf("ai_index")], NumberText.Unit.PLAIN),
                statistics.getAiIndex());
    }
}
