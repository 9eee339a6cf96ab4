package org.aibubble.agents.labs.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.config.LabBehaviour;
import org.junit.jupiter.api.Test;

class RoundRuleTest {
    private final LabBehaviour b = BaselineLabs.behaviour();

    @Test
    void oddsRiseWithTheMoodUpToCertainty() {
        assertEquals(0.3, RoundRule.odds(b, 0), 1e-15);
        assertEquals(0.3 * Math.exp(2 * -0.5), RoundRule.odds(b, -0.5), 1e-15);
        assertEquals(1, RoundRule.odds(b, 5), 0);
    }

    @Test
    void theValuationIsARevenueMultipleLiftedByGrowthAndMood() {
        assertEquals(15 * 12 * 2.0, RoundRule.preMoney(b, 2.0, 0, 0), 1e-12);
        assertEquals(15 * 12 * 2.0 * (1 + 2 * 0.5), RoundRule.preMoney(b, 2.0, 0.5, 0), 1e-12);
        assertEquals(15 * 12 * 2.0, RoundRule.preMoney(b, 2.0, -0.4, 0), 1e-12, "shrinking revenue earns no premium");
        assertEquals(15 * 12 * 2.0 * Math.exp(2 * 0.3 * 0.5), RoundRule.preMoney(b, 2.0, 0, 0.3), 1e-12,
                "half the mood's effect on odds moves prices");
    }

    @Test
    void aRoundFundsMonthsOfBurnUpToTheDilutionLimit() {
        assertEquals(24 * 3.0, RoundRule.size(b, 3.0, 2.0, 1000), 1e-12);
        assertEquals(0.25 * 100, RoundRule.size(b, 3.0, 2.0, 100), 1e-12);
        assertEquals(24 * (0.1 * 2.0 + 0.01), RoundRule.size(b, -1, 2.0, 1000), 1e-12, "a lab near break-even");
    }

    @Test
    void aRescueIsHalfARoundAtADiscount() {
        assertEquals(24 * 3.0 * 0.5, RoundRule.rescueSize(b, 3.0), 1e-12);
        assertEquals(24 * 0.01 * 0.5, RoundRule.rescueSize(b, 0), 1e-12);
        assertEquals(600, RoundRule.rescuePreMoney(b, 1000, 10), 1e-12);
        assertTrue(RoundRule.rescuePreMoney(b, 1000, 10) < 1000);
    }

    @Test
    void noRoundOrRescueValuesALabAboveTheHighestRevenueMultiplePaid() {
        assertEquals(45 * 12 * 2.0, RoundRule.preMoney(b, 2.0, 5, 3), 1e-9, "a euphoric round stops at 45x");
        assertEquals(45 * 12 * 0.125, RoundRule.rescuePreMoney(b, 2500, 0.125), 1e-9,
                "a rescue is priced on revenue, not on a stale post-money valuation");
        assertEquals(0, RoundRule.ceiling(b, -1), 0);
    }
}
