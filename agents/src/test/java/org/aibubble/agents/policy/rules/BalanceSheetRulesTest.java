package org.aibubble.agents.policy.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.config.MonetaryRuleName;
import org.aibubble.agents.config.QePolicy;
import org.aibubble.agents.policy.FedTier;
import org.junit.jupiter.api.Test;

/** Bill purchases, when QE runs and whom QE buys from. */
class BalanceSheetRulesTest {
    private final FedParams p = FedRulesFixture.fed(MonetaryRuleName.TAYLOR);

    @Test
    void billPurchasesDoubleFromTheModerateTierAndStopAtWhatTheBankHolds() {
        assertEquals(40, BalanceSheetRules.billPurchases(p, FedTier.MILD, 1000), 0.0);
        assertEquals(80, BalanceSheetRules.billPurchases(p, FedTier.MODERATE, 1000), 0.0);
        assertEquals(80, BalanceSheetRules.billPurchases(p, FedTier.SEVERE, 1000), 0.0);
        assertEquals(30, BalanceSheetRules.billPurchases(p, FedTier.SEVERE, 30), 0.0);
        assertEquals(0, BalanceSheetRules.billPurchases(p, FedTier.NONE, -5), 0.0);
    }

    @Test
    void theQeSettingDecides() {
        for (FedTier tier : FedTier.values()) {
            assertFalse(BalanceSheetRules.qeWanted(QePolicy.OFF, tier, true));
            assertTrue(BalanceSheetRules.qeWanted(QePolicy.FORCED, tier, false));
            assertEquals(tier == FedTier.SEVERE, BalanceSheetRules.qeWanted(QePolicy.AUTO, tier, true));
            assertFalse(BalanceSheetRules.qeWanted(QePolicy.AUTO, tier, false), "auto: only near the floor");
        }
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
