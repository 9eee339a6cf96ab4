package org.aibubble.agents.firms.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibubble.agents.config.MacroParams;
import org.aibubble.agents.firms.MacroFixture;
import org.junit.jupiter.api.Test;

class EmploymentTargetTest {
    private static final MacroParams P = MacroFixture.baseline();

    @Test
    void aiRaisesProductivityWithTheLaggedAdoptionRise() {
        assertEquals(1.0, EmploymentTarget.productivityFactor(0.3, 0), 0.0);
        assertEquals(1.03, EmploymentTarget.productivityFactor(0.3, 0.1), 1e-15);
    }

    @Test
    void theTargetClosesLabourAdjustmentOfTheGapToDemand() {
        assertEquals(0.955, EmploymentTarget.next(P, 0.955, 955, 1000), 1e-12, "demand equals employment");
        assertEquals(0.955 + 0.06 * (0.9 - 0.955), EmploymentTarget.next(P, 0.955, 900, 1000), 1e-12);
    }

    @Test
    void demandIsCappedAtTheLabourForceAndTheTargetStaysInItsBounds() {
        assertEquals(0.955 + 0.06 * (1 - 0.955), EmploymentTarget.next(P, 0.955, 2000, 1000), 1e-12);
        assertEquals(0.995, EmploymentTarget.next(P, 0.995, 2000, 1000), 1e-12);
        assertEquals(0.5, EmploymentTarget.next(P, 0.5, 0, 1000), 0.0);
    }
}
