package org.aibubble.agents.labs.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.config.LabBehaviour;
import org.junit.jupiter.api.Test;

class RunwayRuleTest {
    private final LabBehaviour b = BaselineLabs.behaviour();

    @Test
    void runwayIsCashOverBurn() {
        assertEquals(10, RunwayRule.runway(30, 3), 1e-12);
        assertEquals(0, RunwayRule.runway(-5, 3), 0, "an overdraft is no runway");
        assertEquals(RunwayRule.NOT_BURNING, RunwayRule.runway(30, -1), 0);
    }

    @Test
    void theThresholdsOrderRoundsCutsAndFailure() {
        assertTrue(RunwayRule.seeksRound(b, 11.9));
        assertFalse(RunwayRule.seeksRound(b, 12));
        assertTrue(RunwayRule.cuts(b, 5.9));
        assertFalse(RunwayRule.cuts(b, 6));
        assertTrue(RunwayRule.runsOut(b, 0.5, 1));
        assertFalse(RunwayRule.runsOut(b, 0.5, 0), "a lab that does not burn does not run out");
        assertFalse(RunwayRule.runsOut(b, 1, 1));
    }

    @Test
    void cuttingLabsTrimComputeAndHalfAsMuchTalentOthersGrow() {
        assertArrayEquals(new double[] {0.92, 0.96}, RunwayRule.spendingFactors(b, true), 1e-15);
        assertArrayEquals(new double[] {Math.pow(2.5, 1.0 / 12), Math.pow(1.2, 1.0 / 12)},
                RunwayRule.spendingFactors(b, false), 1e-15);
    }
}
