package org.aibubble.agents.credit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibubble.agents.credit.FundBehaviours;
import org.junit.jupiter.api.Test;

class LendingCapacityTest {
    @Test
    void lendsHalfOfTheCashAboveTheTargetAndTheQueue() {
        assertEquals(0.5 * (20 - 0.05 * 100 - 3), LendingCapacity.of(FundBehaviours.baseline(), 20, 100, 3), 1e-12);
    }

    @Test
    void aFundWhoseQueueExceedsItsCashLendsNothing() {
        assertEquals(0.0, LendingCapacity.of(FundBehaviours.baseline(), 20, 100, 30), 0.0);
    }

    @Test
    void theShortfallIsTheQueueAndTheCashTargetLessTheCash() {
        assertEquals(30 + 0.05 * 100 - 20, LendingCapacity.shortfall(FundBehaviours.baseline(), 20, 100, 30), 1e-12);
        assertEquals(0.0, LendingCapacity.shortfall(FundBehaviours.baseline(), 20, 100, 3), 0.0, "cash to spare");
    }
}
