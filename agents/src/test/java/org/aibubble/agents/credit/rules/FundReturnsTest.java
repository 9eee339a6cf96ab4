package org.aibubble.agents.credit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibubble.agents.credit.FundBehaviours;
import org.junit.jupiter.api.Test;

class FundReturnsTest {
    @Test
    void distributesTheDistributionShareOfInterest() {
        assertEquals(0.8, FundReturns.distribution(FundBehaviours.baseline(), 1), 1e-15);
    }

    @Test
    void theReturnCountsDistributionsAndRedemptionsButNotNewMoney() {
        assertEquals((101 - 100 + 0.8) / 100, FundReturns.monthly(100, 101, 0.8, 0, 0), 1e-15);
        assertEquals(0.0, FundReturns.monthly(100, 95, 0, 5, 0), 1e-15, "paying out 5 is no loss");
        assertEquals(0.0, FundReturns.monthly(100, 103, 0, 0, 3), 1e-15, "new money is no gain");
        assertEquals(0.0, FundReturns.monthly(0, 10, 0, 0, 0), 0.0);
    }
}
