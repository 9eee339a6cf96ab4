package org.aibubble.agents.firms.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibubble.agents.config.FundBehaviour;
import org.aibubble.agents.credit.FundBehaviours;
import org.junit.jupiter.api.Test;

class SoftwareDefaultsTest {
    private static final FundBehaviour B = FundBehaviours.baseline();

    @Test
    void aTwelfthOfTheYearlyHazardEachMonth() {
        assertEquals(0.02 / 12, SoftwareDefaults.monthlyShare(B, 0, 0), 1e-15);
        assertEquals((0.02 + 0.15 * 0.2) / 12, SoftwareDefaults.monthlyShare(B, 0.2, 0), 1e-15, "AI disruption");
        assertEquals((0.02 + 0.05 * 1) / 12, SoftwareDefaults.monthlyShare(B, 0, 1), 1e-15, "financial stress");
        assertEquals(1.0, SoftwareDefaults.monthlyShare(B, 100, 0), 0.0, "at most everything");
    }

    @Test
    void lendersLoseWhatIsNotRecovered() {
        assertEquals(0.6, SoftwareDefaults.lossGivenDefault(B), 1e-15);
    }

    @Test
    void maturitiesAreRepaidFromCashAsFarAsItGoes() {
        assertEquals(3, SoftwareDefaults.repayable(3, 10), 0.0);
        assertEquals(2, SoftwareDefaults.repayable(3, 2), 0.0);
        assertEquals(0, SoftwareDefaults.repayable(3, -1), 0.0);
    }
}
