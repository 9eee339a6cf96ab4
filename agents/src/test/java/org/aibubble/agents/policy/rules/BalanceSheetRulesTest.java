package org.aibubble.agents.policy.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.config.MonetaryRuleName;
import org.aibubble.agents.policy.FedTier;
import org.junit.jupiter.api.Test;

/** Bill purchases for reserve demand, QT runoff and whom QE buys from. */
class BalanceSheetRulesTest {
    private final FedParams p = FedRulesFixture.fed(MonetaryRuleName.TAYLOR);

    @Test
    void billsKeepReservesAtAShareOfDeposits() {
        double share = BalanceSheetRules.reserveDemandShare(6500, 240, 20000);
        assertEquals(6740.0 / 20000, share, 1e-15, "the starting reserves plus the shortfall, per dollar of deposits");
        double demand = BalanceSheetRules.reserveDemand(p, share, 20000, FedTier.MILD);
        assertEquals(6740, demand, 1e-9);
        assertEquals(40, BalanceSheetRules.billPurchases(p, demand, 6500, 1000), 1e-9, "a sixth of the shortfall");
        assertEquals(0, BalanceSheetRules.billPurchases(p, demand, 7000, 1000), 0.0, "reserves above demand: none");
        assertEquals(30, BalanceSheetRules.billPurchases(p, demand, 6500, 30), 0.0, "at most what the bank holds");
        assertEquals(6740 * 1.05 / 20000 * 21000, BalanceSheetRules.reserveDemand(p, share, 21000, FedTier.MODERATE),
                1e-9, "demand grows with deposits and, from the moderate tier on, by the precaution");
    }

    @Test
    void runoffNeverTakesReservesBelowDemand() {
        assertEquals(60, BalanceSheetRules.runoff(p, 1500, 6000, 7000), 0.0, "the QT pace");
        assertEquals(20, BalanceSheetRules.runoff(p, 1500, 6000, 6020), 1e-12, "down to demand");
        assertEquals(10, BalanceSheetRules.runoff(p, 10, 6000, 7000), 0.0, "what is left of QE holdings");
        assertEquals(0, BalanceSheetRules.runoff(p, 1500, 6000, 5000), 0.0, "reserves short: none");
    }

    @Test
    void qeTakesHalfOfWhatRemainsFromEachGroupThenTheBank() {
        BalanceSheetRules.QePurchases bought = BalanceSheetRules.qePurchases(100, 0.5, new double[] {1000, 10, 0}, 1000);
        assertArrayEquals(new double[] {50, 10, 0}, bought.fromGroups(), 0.0);
        assertEquals(40, bought.fromBank(), 0.0);
        assertEquals(0, bought.remaining(), 0.0);
        BalanceSheetRules.QePurchases short_ = BalanceSheetRules.qePurchases(100, 0.5, new double[] {0, 0, 0}, 30);
        assertEquals(30, short_.fromBank(), 0.0);
        assertEquals(70, short_.remaining(), 0.0, "what nobody holds is not bought");
    }
}
