package org.aibubble.agents.markets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.config.MarketParams;
import org.junit.jupiter.api.Test;

class EquityPricingTest {
    private final MarketParams p = ComputePriceTest.markets();

    @Test
    void fundamentalistsBuyUndervaluedFirmsAndTrendFollowersChaseMomentum() {
        assertEquals(0.5 * 0.05 * 0.2, EquityPricing.move(p, 0, 0.2, 0.1, 0, 0, 0, 1, 0), 1e-15);
        assertEquals(0.5 / (1 - 0.5) * 1.0 * 0.1, EquityPricing.move(p, 1, 0.2, 0.1, 0, 0, 0, 1, 0), 1e-15);
        assertEquals(0.5 / (1 - 0.25) * (0.5 * 0.05 * 0.2 + 0.5 * 1.0 * 0.1) + 0.012,
                EquityPricing.move(p, 0.5, 0.2, 0.1, 0, 0, 0.012, 1, 0), 1e-15);
    }

    @Test
    void theMarketThinsAsTrendFollowersReplaceFundamentalists() {
        assertEquals(0.5, EquityPricing.impact(p, 0), 0);
        assertTrue(EquityPricing.impact(p, 0.8) > EquityPricing.impact(p, 0.4));
        assertEquals(0.5 / (1 - 0.5 * 0.8), EquityPricing.impact(p, 0.8), 1e-15);
    }

    @Test
    void fundamentalistsPriceInNewsOfValueAndTrendFollowersExtrapolateIt() {
        assertEquals(0.04, EquityPricing.move(p, 0, 0, 0, 0, 0.04, 0, 1, 0), 1e-15);
        assertEquals(2.0 * 0.04, EquityPricing.move(p, 1, 0, 0, 0, 0.04, 0, 1, 0), 1e-15);
        assertEquals(0.5 + 0.5 * 2.0, EquityPricing.newsReaction(p, 0.5), 1e-15);
        assertTrue(EquityPricing.newsReaction(p, 0.7) > EquityPricing.newsReaction(p, 0.3),
                "the more trend-followers, the larger the reaction to the same news");
    }

    @Test
    void anIlliquidMarketMovesFurtherOnNewsButNotOnTheRulesDemand() {
        double demand = 0.5 / (1 - 0.25) * (0.5 * 0.05 * 0.2 + 0.5 * 1.0 * 0.1);
        double innovation = (0.5 + 0.5 * 2.0) * 0.04 + 0.012;
        assertEquals(demand + innovation, EquityPricing.move(p, 0.5, 0.2, 0.1, 0, 0.04, 0.012, 1, 0), 1e-15);
        assertEquals(demand + (0.5 + 0.5 * 2.0) * 0.04 + 2 * 0.012, EquityPricing.move(p, 0.5, 0.2, 0.1, 0, 0.04, 0.012, 2, 0),
                1e-15);
        assertEquals(2 * 0.04, EquityPricing.metChange(2, 0.04), 0, "an illiquid market overshoots news of value");
        assertEquals(EquityPricing.move(p, 0.5, 0.2, 0.1, 0, 0, 0, 1, 0), EquityPricing.move(p, 0.5, 0.2, 0.1, 0, 0, 0, 3, 0),
                0, "the rules' demand moves the price as far in any market");
    }

    @Test
    void anOvershootOfValueNewsUnwindsWhateverTheLiquidityThatFollows() {
        double expected = 0;
        double priced = 0;
        for (int month = 0; month < 240; month++) {
            double illiquidity = month == 0 ? 1 : 2;
            double met = EquityPricing.metChange(illiquidity, month == 0 ? -0.2 : 0);
            priced += EquityPricing.move(p, 0, 0, 0, expected, met - expected, 0, illiquidity, 0);
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
    void eachRuleScattersItsOrdersWithItsOwnDispersion() {
        assertEquals(0.5 * 0.01 * 1.5 + 0.5 * 0.05 * -2.0, EquityPricing.demandNoise(p, 0.5, 1.5, -2.0), 1e-15);
        assertEquals(0.01 * 1.5, EquityPricing.demandNoise(p, 0, 1.5, -2.0), 1e-15, "fundamentalists only");
        assertEquals(0.05 * -2.0, EquityPricing.demandNoise(p, 1, 1.5, -2.0), 1e-15, "trend-followers only");
        double noise = EquityPricing.demandNoise(p, 0.5, 1.5, -2.0);
        assertEquals(EquityPricing.move(p, 0.5, 0.2, 0.1, 0, 0, 0, 1, 0) + EquityPricing.impact(p, 0.5) * noise,
                EquityPricing.move(p, 0.5, 0.2, 0.1, 0, 0, 0, 1, noise), 1e-15, "noise is demand: moved by the depth");
    }

    @Test
    void volatilityRisesWithTheTrendFollowersShare() {
        java.util.Random random = new java.util.Random(7);
        double[] shares = {0.1, 0.4, 0.7};
        double[] variance = new double[shares.length];
        int months = 20_000;
        for (int t = 0; t < months; t++) {
            double ef = random.nextGaussian();
            double ec = random.nextGaussian();
            for (int k = 0; k < shares.length; k++) {
                double move = EquityPricing.move(p, shares[k], 0, 0, 0, 0, 0, 1,
                        EquityPricing.demandNoise(p, shares[k], ef, ec));
                variance[k] += move * move / months;
            }
        }
        for (int k = 0; k < shares.length; k++) {
            double n = shares[k];
            double sd = EquityPricing.impact(p, n) * Math.hypot((1 - n) * 0.01, n * 0.05);
            assertEquals(sd, Math.sqrt(variance[k]), 0.03 * sd, "s.d. of the move at n = " + n);
        }
        assertTrue(variance[1] > 4 * variance[0] && variance[2] > 2 * variance[1],
                "the more trend-followers, the more volatile the month (same draws)");
    }

    @Test
    void aGroupsSentimentFadesSoItsOrdersUnwindWhatItBought() {
        assertEquals(0.8 * 0.5 + 1.2, EquityPricing.sentiment(p, 0.5, 1.2), 1e-15);
        double h = EquityPricing.sentiment(p, 0, 1.0);
        double bought = h;
        for (int month = 0; month < 200; month++) {
            double next = EquityPricing.sentiment(p, h, 0);
            bought += next - h;
            h = next;
        }
        assertEquals(0, bought, 1e-12, "a one-off burst of orders is sold again: the price keeps no trace");
    }

    @Test
    void aMonthsMoveIsCappedAtMaxMonthlyMove() {
        assertEquals(0.35, EquityPricing.move(p, 1, 0, 5, 0, 0, 0, 1, 0), 0);
        assertEquals(-0.35, EquityPricing.move(p, 0, 0, 0, 0, -2, 0, 1, 0), 0);
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
