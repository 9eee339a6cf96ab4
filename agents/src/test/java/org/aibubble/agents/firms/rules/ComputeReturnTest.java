package org.aibubble.agents.firms.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ComputeReturnTest {
    @Test
    void returnIsTheYearlyMarginPerDollarLessBookDepreciation() {
        assertEquals(12 * 2 * (0.05 * 0.8 - 0.01) - 1 / 6.0, ComputeReturn.expected(2, 0.05, 0.8, 0.05, 0.01, 6),
                1e-12);
    }

    @Test
    void aLongerBookLifeMakesNewComputeLookBetter() {
        assertTrue(ComputeReturn.expected(2, 0.05, 0.8, 0.05, 0.01, 6)
                > ComputeReturn.expected(2, 0.05, 0.8, 0.05, 0.01, 3));
    }

    @Test
    void plannedUtilisationIsFloored() {
        assertEquals(ComputeReturn.expected(2, 0.05, 0.05, 0.05, 0.01, 6),
                ComputeReturn.expected(2, 0.05, 0.0, 0.05, 0.01, 6), 0);
    }
}
