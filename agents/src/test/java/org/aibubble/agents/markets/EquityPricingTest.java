package org.aibubble.agents.markets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.config.MarketParams;
import org.junit.jupiter.api.Test;

class EquityPricingTest {
    private final MarketParams p = ComputePriceTest.markets();

    @Test
    void fundamentalistsBuyUndervaluedFirmsAndTrendFollowersChaseMomentum() {
        assertEquals(0.5 * 0.05 * 0.2, EquityPricing.move(p, 0, 0.2, 0.1, 0, 0, 0, 1), 1e-15);
        assertEquals(0.5 / (1 - 0.5) * 1.0 * 0.1, EquityPricing.move(p, 1, 0.2, 0.1, 0, 0, 0, 1), 1e-15);
        assertEquals(0.5 / (1 - 0.25) * (0.5 * 0.05 * 0.2 + 0.5 * 1.0 * 0.1) + 0.012,
                EquityPricing.move(p, 0.5, 0.2, 0.1, 0, 0, 0.012, 1), 1e-15);
    }

    @Test
    void theMarketThinsAsTrendFollowersReplaceFundamentalists() {
        assertEquals(0.5, EquityPricing.impact(p, 0), 0);
        assertTrue(EquityPricing.impact(p, 0.8) > EquityPricing.impact(p, 0.4));
        assertEquals(0.5 / (1 - 0.5 * 0.8), EquityPricing.impact(p, 0.8), 1e-15);
    }

    @Test
    void fundamentalistsPriceInNewsOfValueAndTrendFollowersExtrapolateIt() {
        assertEquals(0.04, EquityPricing.move(p, 0, 0, 0, 0, 0.04, 0, 1), 1e-15);
        assertEquals(2.0 * 0.04, EquityPricing.move(p, 1, 0, 0, 0, 0.04, 0, 1), 1e-15);
        assertEquals(0.5 + 0.5 * 2.0, EquityPricing.newsReaction(p, 0.5), 1e-15);
        assertTrue(EquityPricing.newsReaction(p, 0.7) > EquityPricing.newsReaction(p, 0.3),
                "the more trend-followers, the larger the reaction to the same news");
    }

    @Test
    void anIlliquidMarketMovesFurtherOnNewsButNotOnTheRulesDemand() {
        double demand = 0.5 / (1 - 0.25) * (0.5 * 0.05 * 0.2 + 0.5 * 1.0 * 0.1);
        double innovation = (0.5 + 0.5 * 2.0) * 0.04 + 0.012;
        assertEquals(demand + innovation, EquityPricing.move(p, 0.5, 0.2, 0.1, 0, 0.04, 0.012, 1), 1e-15);
        assertEquals(demand + (0.5 + 0.5 * 2.0) * 0.04 + 2 * 0.012, EquityPricing.move(p, 0.5, 0.2, 0.1, 0, 0.04, 0.012, 2),
                1e-15);
        assertEquals(2 * 0.04, EquityPricing.metChange(2, 0.04), 0, "an illiquid market overshoots news of value");
        assertEquals(EquityPricing.move(p, 0.5, 0.2, 0.1, 0, 0, 0, 1), EquityPricing.move(p, 0.5, 0.2, 0.1, 0, 0, 0, 3),
                0, "the rules' demand moves the price as far in any market");
    }

    @Test
    void anOvershootOfValueNewsUnwindsWhateverTheLiquidityThatFollows() {
        double expected = 0;
        double priced = 0;
        for (int month = 0; month < 240; month++) {
            double illiquidity = month == 0 ? 1 : 2;
            double met = EquityPricing.metChange(illiquidity, month == 0 ? -0.2 : 0);
            priced += EquityPricing.move(p, 0, 0, 0, expected, met - expected, 0, illiquidity);
            expected = EquityPricing.expectRevaluation(p, expected, met);
        }
        assertEquals(0, priced, 1e-9, "a one-off fall of value met in a calm market, then illiquid months: the"
                + " surprises sum to zero (the level is left to the fundamentalists' pull)");
        assertEquals(0.1 + (0.4 - 0.1) / 6, EquityPricing.expectRevaluation(p, 0.1, 0.4), 1e-15);
    }

    @Test
    void liquidityWithdrawsAsRecentVolatilityRisesAboveCalm() {
        double calm = 0.12 * 0.12 / 12;
        assertEquals(1, EquityPricing.illiquidity(p, calm), 1e-12);
        assertEquals(1, EquityPricing.illiquidity(p, calm / 4), 0, "a calm market keeps its full depth");
        assertEquals(1, EquityPricing.illiquidity(p, 0), 0);
        assertEquals(Math.pow(2, 0.8), EquityPricing.illiquidity(p, 4 * calm), 1e-12);
        assertTrue(EquityPricing.illiquidity(p, 9 * calm) > EquityPricing.illiquidity(p, 4 * calm));
        assertEquals(3, EquityPricing.illiquidity(p, 100 * calm), 0, "capped at maxIlliquidity");
    }

    @Test
    void recentVarianceAveragesSquaredReturnsOverItsMemory() {
        assertEquals(0.001 + (0.05 * 0.05 - 0.001) / 12, EquityPricing.recentVariance(p, 0.001, 0.05), 1e-15);
        assertEquals(EquityPricing.recentVariance(p, 0.001, 0.05), EquityPricing.recentVariance(p, 0.001, -0.05), 0);
        assertTrue(EquityPricing.recentVariance(p, 0.001, 0) < 0.001, "calm months bring it down");
    }

    @Test
    void aMonthsMoveIsCappedAtMaxMonthlyMove() {
        assertEquals(0.35, EquityPricing.move(p, 1, 0, 5, 0, 0, 0, 1), 0);
        assertEquals(-0.35, EquityPricing.move(p, 0, 0, 0, 0, -2, 0, 1), 0);
    }

    @Test
    void aiNewsHitsOthersAtTheBroadShareAndOwnNewsScalesTheNoise() {
        assertEquals(0.02, EquityPricing.commonNews(p, true, 0.02), 0);
        assertEquals(0.01, EquityPricing.commonNews(p, false, 0.02), 1e-15);
        assertEquals(0.5 * 0.03 * 1.5, EquityPricing.ownNews(p, 1.5), 1e-15);
    }

    @Test
    void theFairPeFallsWithTheYieldAndTheAiPremiumIsBounded() {
        assertEquals(0.7 / 0.04, EquityPricing.fairPe(p, 0.04, 0), 1e-12);
        assertTrue(EquityPricing.fairPe(p, 0.05, 0) < EquityPricing.fairPe(p, 0.04, 0));
        assertEquals(0.7 / (0.04 + 0.5 * 0.02), EquityPricing.fairPe(p, 0.04, 0.02), 1e-12);
        assertEquals(0.7 / EquityPricing.MIN_DISCOUNT, EquityPricing.fairPe(p, 0.0, -0.05), 1e-9);
        assertEquals(1 + 0.5 * 1.4 * 1.4, EquityPricing.aiPremium(p, 1, 0.4), 1e-12);
        assertEquals(1 + 0.5 * 2 * 1.4 * 1.4, EquityPricing.aiPremium(p, 2, 0.4), 1e-12,
                "twice the AI revenue, extrapolated at the same growth, doubles the AI part of value");
        assertEquals(1 + 0.5 * 3.0 * 3.0, EquityPricing.aiPremium(p, 1, 9), 1e-12);
        assertEquals(1 + 0.5 * 0.5 * 0.5, EquityPricing.aiPremium(p, 1, -3), 1e-12);
        assertTrue(EquityPricing.aiPremium(p, 3, 0.0) < EquityPricing.aiPremium(p, 2, 0.5),
                "a stall of expected growth can outweigh a higher revenue level");
    }

    @Test
    void expectationsAndRuleFitnessAdapt() {
        assertEquals(0.4 + (1.0 - 0.4) / 6, EquityPricing.expectAiGrowth(p, 0.4, 1.0), 1e-15);
        assertEquals(0.9 * 0.1 + 0.1 * 0.2 * Math.tanh(0.005 / 0.01), EquityPricing.fitness(0.9, 0.1, 0.2, 0.005, 0.01),
                1e-15);
        assertTrue(EquityPricing.fitness(0.9, 0, 0.2, -0.005, 0.01) < 0, "a rule that bet against the market loses");
    }
}
