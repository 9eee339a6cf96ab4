package org.aibubble.agents.credit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibubble.agents.config.FundBehaviour;
import org.aibubble.agents.credit.FundBehaviours;
import org.junit.jupiter.api.Test;

class LoanMarksTest {
    private static final FundBehaviour B = FundBehaviours.baseline();

    @Test
    void theTargetDiscountsTwoYearsOfExpectedLossesAtTheLossGivenDefault() {
        assertEquals(1 - 0.03 * 0.6 * 2, LoanMarks.target(B, 0.03, 0), 1e-12);
        assertEquals(1 - (0.03 + 0.05 * 1 * 0.02) * 0.6 * 2, LoanMarks.target(B, 0.03, 1), 1e-12, "stress adds to expected defaults");
        assertEquals(1.0, LoanMarks.target(B, 0, 0), 0.0);
    }

    @Test
    void theMarkNeverFallsBelowItsFloor() {
        assertEquals(0.5, LoanMarks.target(B, 2.0, 5), 0.0);
    }

    @Test
    void theMarkClosesMarkSpeedOfTheGapEachQuarter() {
        assertEquals(1 - 0.3 * 0.2, LoanMarks.next(B, 1.0, 0.8), 1e-12);
        assertEquals(0.8, LoanMarks.next(B, 0.8, 0.8), 0.0);
    }
}
