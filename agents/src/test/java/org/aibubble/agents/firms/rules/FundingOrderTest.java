package org.aibubble.agents.firms.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FundingOrderTest {
    @Test
    void cashFirstNoBorrowingWhileTheBufferHolds() {
        FundingOrder.Funding f = FundingOrder.plan(30, 40, 100);
        assertEquals(0, f.bonds());
        assertEquals(0, f.privateCredit());
    }

    @Test
    void bondsBeforePrivateCredit() {
        FundingOrder.Funding f = FundingOrder.plan(30, 10, 100);
        assertEquals(20, f.bonds(), 1e-12);
        assertEquals(0, f.privateCredit());
        FundingOrder.Funding capped = FundingOrder.plan(30, 10, 5);
        assertEquals(5, capped.bonds(), 1e-12);
        assertEquals(15, capped.privateCredit(), 1e-12, "private credit for what bonds cannot cover");
    }

    @Test
    void theBondMarketClosesAtTheLeverageLimitOrWhenShut() {
        assertEquals(3 * 12 * 10 - 100, FundingOrder.bondCapacity(true, 3, 10, 100), 1e-12);
        assertEquals(0, FundingOrder.bondCapacity(true, 3, 10, 500), "over the limit");
        assertEquals(0, FundingOrder.bondCapacity(false, 3, 10, 100), "severe tier or default");
        FundingOrder.Funding f = FundingOrder.plan(30, 10, 0);
        assertEquals(0, f.bonds());
        assertEquals(20, f.privateCredit(), 1e-12);
    }

    @Test
    void fundableCapexDrawsOnPartOfTheBufferAndAddsBorrowing() {
        assertEquals(40 - 0.5 * 30 + 7 + 3, FundingOrder.fundable(40, 30, 0.5, 7, 3), 1e-12);
        assertEquals(7 + 3, FundingOrder.fundable(10, 30, 0.5, 7, 3), 1e-12, "no negative cash counts");
    }
}
