package org.aibubble.agents.credit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.credit.FundBehaviours;
import org.junit.jupiter.api.Test;

class RedemptionGateTest {
    @Test
    void requestsUnderTheGateArePaidInFull() {
        RedemptionGate.Decision d = RedemptionGate.decide(FundBehaviours.baseline(), 0, 3, 100);
        assertFalse(d.gated());
        assertEquals(3, d.allowed(), 1e-12);
        assertEquals(0, d.queueAfter(d.allowed()), 1e-12);
    }

    @Test
    void requestsOverTheGatePayTheGateAndQueueTheRest() {
        RedemptionGate.Decision d = RedemptionGate.decide(FundBehaviours.baseline(), 0, 14, 100);
        assertTrue(d.gated());
        assertEquals(5, d.limit(), 1e-12, "5% of NAV");
        assertEquals(5, d.allowed(), 1e-12);
        assertEquals(9, d.queueAfter(d.allowed()), 1e-12);
        assertEquals(11, d.queueAfter(3), 1e-12, "short of cash, the fund queues more");
    }

    @Test
    void investorsWithdrawPartOfTheQueue() {
        RedemptionGate.Decision d = RedemptionGate.decide(FundBehaviours.baseline(), 10, 2, 100);
        assertEquals(10 * 0.8 + 2, d.total(), 1e-12);
        RedemptionGate.Decision wide = RedemptionGate.decide(FundBehaviours.withGate(0.5), 10, 2, 100);
        assertFalse(wide.gated());
        assertEquals(wide.total(), wide.allowed(), 0.0);
    }

    @Test
    void requestsAtTheGateWithinRoundingAreNotGated() {
        assertFalse(RedemptionGate.decide(FundBehaviours.baseline(), 0, 5 + 1e-12, 100).gated());
        assertTrue(RedemptionGate.decide(FundBehaviours.baseline(), 0, 5 + 1e-6, 100).gated());
    }
}
