package org.aibubble.agents.labs.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibubble.agents.config.LabBehaviour;
import org.junit.jupiter.api.Test;

class LabMoodTest {
    private final LabBehaviour b = BaselineLabs.behaviour();

    @Test
    void roundsFollowMomentumAndFearDrawdowns() {
        assertEquals(0, LabMood.forRounds(b, 0, 0), 0);
        assertEquals(6 * 0.02, LabMood.forRounds(b, 0.02, 0), 1e-15);
        assertEquals(-2 * 0.3, LabMood.forRounds(b, 0, 0.3), 1e-15);
    }

    @Test
    void theVentureBudgetScalesWithMoodAndNeverTurnsNegative() {
        assertEquals(1, LabMood.forVenture(b, 0, 0), 0);
        assertEquals(1 + 3 * 0.02 - 2 * 0.1, LabMood.forVenture(b, 0.02, 0.1), 1e-15);
        assertEquals(0, LabMood.forVenture(b, 0, 0.9), 0);
    }
}
