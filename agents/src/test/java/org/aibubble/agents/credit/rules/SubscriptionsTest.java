package org.aibubble.agents.credit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibubble.agents.config.FundBehaviour;
import org.aibubble.agents.credit.FundBehaviours;
import org.junit.jupiter.api.Test;

class SubscriptionsTest {
    private static final FundBehaviour B = FundBehaviours.baseline();
    private static final double RICH = 1e6;

    @Test
    void calmMarketsBringTheSubscriptionRate() {
        assertEquals(0.03 * 100, Subscriptions.amount(B, false, 100, 0, 0, RICH), 1e-12);
    }

    @Test
    void appetiteFadesWithTheDrawdownAndOtherFundsGates() {
        assertEquals(0.03 * 100 * 0.5, Subscriptions.amount(B, false, 100, 0.15, 0, RICH), 1e-12);
        assertEquals(0.0, Subscriptions.amount(B, false, 100, 0.3, 0, RICH), 0.0, "none at the stop drawdown");
        assertEquals(0.0, Subscriptions.amount(B, false, 100, 0.6, 0, RICH), 0.0);
        assertEquals(0.03 * 100 * 0.5, Subscriptions.amount(B, false, 100, 0, 0.5, RICH), 1e-12);
    }

    @Test
    void noMoneyIntoAGatedFundAndAtMostTheDepositCap() {
        assertEquals(0.0, Subscriptions.amount(B, true, 100, 0, 0, RICH), 0.0);
        assertEquals(0.01 * 50, Subscriptions.amount(B, false, 100, 0, 0, 50), 1e-12, "1% of the investors' deposits");
        assertEquals(0.0, Subscriptions.amount(B, false, 100, 0, 0, -5), 0.0, "overdrawn investors subscribe nothing");
    }
}
