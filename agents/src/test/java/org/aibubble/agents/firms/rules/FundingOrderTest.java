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
        assertEquals(40 - 0.5 * 30 + 7 + 3, FundingOrder.fundable(40, 30, 0.5, 7, 3, 0, 0), 1e-12);
        assertEquals(7 + 3, FundingOrder.fundable(10, 30, 0.5, 7, 3, 0, 0), 1e-12, "no negative cash counts");
    }

    @Test
    void whatIsAlreadyOrderedComesOffWhatNewOrdersCanUse() {
        assertEquals(40 - 15 + 7 + 3 - 20, FundingOrder.fundable(40, 30, 0.5, 7, 3, 20, 0), 1e-12);
        assertEquals(0, FundingOrder.fundable(40, 30, 0.5, 7, 3, 100, 0), "never negative");
        assertEquals(40 - 15 + 7 + 3 + 60 - 80, FundingOrder.fundable(40, 30, 0.5, 7, 3, 80, 60), 1e-12,
                "cash flow to come pays part of the pipeline");
    }

    @Test
    void theCashFlowBudgetIsEbitdaLessInterestOverTheHorizon() {
        assertEquals(12 * (10 - 2), FundingOrder.cashFlowBudget(12, 10, 2), 1e-12);
        assertEquals(0, FundingOrder.cashFlowBudget(12, 1, 2), "a firm losing money counts on nothing");
        assertEquals(0, FundingOrder.cashFlowBudget(0, 10, 2), "no horizon: only cash and borrowing");
    }

    @Test
    void aFundingLimitSlowsThePlanByAtMostTheMonthlyCut() {
        assertEquals(12, FundingOrder.planUnderFunding(12, 12, 11, 0.08), 1e-12, "funded: what it wants");
        assertEquals(0.92 * 11, FundingOrder.planUnderFunding(12, 0, 11, 0.08), 1e-12,
                "no funding: the plan falls by maxMonthlyCut, not to zero");
        assertEquals(10.5, FundingOrder.planUnderFunding(12, 10.5, 11, 0.08), 1e-12,
                "partly funded above the floor: the plan is what it could order");
        assertEquals(10, FundingOrder.planUnderFunding(10, 0, 11, 0.08), 1e-12,
                "never above what the rule wants");
    }

    @Test
    void gpuDeliveriesItCannotPayAreCancelled() {
        assertEquals(10, FundingOrder.gpusTaken(10, 5, 20, 0, 0), 1e-12, "paid in full from cash");
        assertEquals(6, FundingOrder.gpusTaken(10, 5, 8, 2, 1), 1e-12, "cash, bonds and private credit after shells");
        assertEquals(0, FundingOrder.gpusTaken(10, 5, -3, 0, 0), "nothing left: the whole delivery is cancelled");
    }
}
