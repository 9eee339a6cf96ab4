package org.aibubble.agents.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibubble.agents.config.MonetaryRuleName;
import org.aibubble.agents.config.StressWeights;
import org.aibubble.agents.policy.FedTier;
import org.junit.jupiter.api.Test;

/** The stress index adds each reading over its scale; the tier follows the thresholds. */
class StressAndTierTest {
    @Test
    void eachReadingCountsItsWeightAtItsScale() {
        StressWeights w = FedRulesFixture.STRESS;
        assertEquals(0.35, StressIndex.of(w, 0.30, 0, 0, 0), 1e-12, "a 30% drawdown alone");
        assertEquals(0.25, StressIndex.of(w, 0, 0.02, 0, 0), 1e-12, "2pp of spread widening alone");
        assertEquals(0.2, StressIndex.of(w, 0, 0, 1, 0), 1e-12, "every fund gated");
        assertEquals(0.2, StressIndex.of(w, 0, 0, 0, 0.01), 1e-12, "1pp rise of unemployment");
        assertEquals(1.0, StressIndex.of(w, 0.30, 0.02, 1, 0.01), 1e-12, "all four: a crisis");
        assertEquals(0.0, StressIndex.of(w, 0, 0, 0, 0), 0.0);
        StressWeights doubleDrawdown = new StressWeights(0.35, 0.15, 0.25, 0.02, 0.2, 0.2, 0.01);
        assertEquals(0.7, StressIndex.of(doubleDrawdown, 0.30, 0, 0, 0), 1e-12, "a smaller scale counts more");
    }

    @Test
    void theSevereTierNeedsRisingUnemploymentToo() {
        var p = FedRulesFixture.fed(MonetaryRuleName.TAYLOR);
        assertEquals(FedTier.NONE, TierChoice.choose(p, FedTier.NONE, 0.19, 0, 0.01));
        assertEquals(FedTier.MILD, TierChoice.choose(p, FedTier.NONE, 0.2, 0, 0.01));
        assertEquals(FedTier.MODERATE, TierChoice.choose(p, FedTier.NONE, 0.45, 0.002, 0.01));
        assertEquals(FedTier.MODERATE, TierChoice.choose(p, FedTier.NONE, 2.0, 0.009, 0.01), "stress alone is not severe");
        assertEquals(FedTier.SEVERE, TierChoice.choose(p, FedTier.NONE, 0.75, 0.01, 0.01));
        assertEquals(FedTier.MODERATE, TierChoice.choose(p, FedTier.NONE, 0.75, 0.015, -0.005),
                "a rise from a boom's low back towards the natural rate is not a recession");
        assertEquals(FedTier.SEVERE, TierChoice.choose(p, FedTier.SEVERE, 0.75, 0.003, -0.01),
                "held on stress while unemployment still rises");
        assertEquals(FedTier.MILD, TierChoice.choose(p, FedTier.SEVERE, 0.75, 0, 0.02),
                "unemployment no longer rising: the easing tiers end");
    }

    @Test
    void theEasingTiersNeedAWeakeningLabourMarket() {
        var p = FedRulesFixture.fed(MonetaryRuleName.TAYLOR);
        assertEquals(FedTier.MILD, TierChoice.choose(p, FedTier.NONE, 0.6, 0, -0.015),
                "a correction with the labour market tight: words only");
        assertEquals(FedTier.MILD, TierChoice.choose(p, FedTier.NONE, 0.6, 0.0019, -0.015));
        assertEquals(FedTier.MODERATE, TierChoice.choose(p, FedTier.NONE, 0.6, 0.002, -0.015),
                "unemployment 0.2 points over its low, as in 2001-01");
        assertEquals(FedTier.MILD, TierChoice.choose(p, FedTier.NONE, 0.6, 0, 0.01),
                "unemployment high but no longer rising: the rule's own response is the Fed's");
        assertEquals(FedTier.MILD, TierChoice.choose(p, FedTier.MODERATE, 0.6, 0.001, 0.01),
                "held only while the labour market weakens");
    }

    @Test
    void aTierIsHeldUntilStressFallsTheExitMarginBelowItsThreshold() {
        var p = FedRulesFixture.fed(MonetaryRuleName.TAYLOR);
        assertEquals(FedTier.MODERATE, TierChoice.choose(p, FedTier.MODERATE, 0.36, 0.003, 0.01), "0.45 - 0.1 = 0.35 holds it");
        assertEquals(FedTier.MILD, TierChoice.choose(p, FedTier.MODERATE, 0.34, 0.003, 0.01), "below 0.35: down one");
        assertEquals(FedTier.MILD, TierChoice.choose(p, FedTier.MILD, 0.44, 0, 0.01), "entering still needs 0.45");
        assertEquals(FedTier.SEVERE, TierChoice.choose(p, FedTier.SEVERE, 0.66, 0.003, 0.01),
                "once severe, held without the severe rise while unemployment still rises");
        assertEquals(FedTier.MODERATE, TierChoice.choose(p, FedTier.SEVERE, 0.64, 0.02, 0.01));
        assertEquals(FedTier.NONE, TierChoice.choose(p, FedTier.SEVERE, 0.09, 0, 0.01), "a collapse of stress ends it all");
    }

    @Test
    void theFedAveragesOverThreeMonthsAndReadsTheRiseOverTheYearsLow() {
        assertEquals(2.0, SmoothedData.recentMean(new double[] {9, 1, 2, 3}, 3), 1e-15);
        assertEquals(0.0, SmoothedData.riseOverLow(new double[] {0.05, 0.04, 0.04}), 0.0, "flat: no rise");
        assertEquals(0.01, SmoothedData.riseOverLow(new double[] {0.05, 0.04, 0.05}), 1e-15, "over the low");
        assertEquals(0.0, SmoothedData.riseOverLow(new double[] {0.05, 0.06, 0.045}), 0.0, "at a new low");
    }

    @Test
    void oneMonthsJumpInUnemploymentMovesTheSmoothedReadingAThird() {
        double[] monthly = {0.045, 0.045, 0.06};
        double[] averaged = new double[13];
        java.util.Arrays.fill(averaged, 0.045);
        averaged[12] = SmoothedData.recentMean(monthly, 3);
        assertEquals(0.005, SmoothedData.riseOverLow(averaged), 1e-15, "1.5 pp for one month reads as 0.5 pp");
    }
}
