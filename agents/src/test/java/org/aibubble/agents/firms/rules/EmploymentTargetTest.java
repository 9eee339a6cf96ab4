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
    void atPotentialFirmsWantNaturalEmployment() {
        assertEquals(0.955, EmploymentTarget.next(P, 0.955, 955, 1000), 1e-12, "output at potential");
        assertEquals(0.9 + P.labourAdjustment() * (0.955 - 0.9), EmploymentTarget.next(P, 0.9, 955, 1000), 1e-12);
    }

    @Test
    void labourDemandMovesWithOutputToTheOkunElasticity() {
        double demanded = 0.955 * Math.pow(900.0 / 955, 0.5);
        assertEquals(0.955 + P.labourAdjustment() * (demanded - 0.955), EmploymentTarget.next(P, 0.955, 900, 1000), 1e-12);
        double gapPoints = 100 * (1 - 900.0 / 955);
        double unemploymentPoints = 100 * (0.955 - demanded);
        assertEquals(0.48, unemploymentPoints / gapPoints, 0.01, "a point of output gap, about half a point of unemployment");
    }

    @Test
    void theStartingProductivityMakesDemandEqualStartingEmployment() {
        double productivity = EmploymentTarget.productivityAtStart(P, 940, 0.94);
        assertEquals(0.94, EmploymentTarget.next(P, 0.94, 940, productivity), 1e-12);
        assertEquals(1000 / 1.0, EmploymentTarget.productivityAtStart(P, 955, 0.955), 1e-9);
    }

    @Test
    void demandIsCappedAtTheLabourForceAndTheTargetStaysInItsBounds() {
        assertEquals(0.955 + P.labourAdjustment() * (1 - 0.955), EmploymentTarget.next(P, 0.955, 4000, 1000), 1e-12);
        assertEquals(0.995, EmploymentTarget.next(P, 0.995, 4000, 1000), 1e-12);
        assertEquals(0.5, EmploymentTarget.next(P, 0.5, 0, 1000), 0.0);
    }
}
