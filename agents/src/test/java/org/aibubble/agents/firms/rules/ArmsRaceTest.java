package org.aibubble.agents.firms.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArmsRaceTest {
    @Test
    void rivalsAreEveryoneButTheFirmItself() {
        double[] published = {0.1, 0.2, 0.6};
        assertEquals(0.4, ArmsRace.rivalGrowth(published, 0), 1e-12);
        assertEquals(0.35, ArmsRace.rivalGrowth(published, 1), 1e-12);
        assertEquals(0, ArmsRace.rivalGrowth(new double[] {0.5}, 0), "a firm without rivals");
    }
}
