package org.aibubble.agents.firms.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.config.MacroParams;
import org.aibubble.agents.firms.MacroFixture;
import org.junit.jupiter.api.Test;

class WagesAndPricesTest {
    private static final MacroParams P = MacroFixture.baseline();

    @Test
    void atTheNaturalRateWagesAndPricesGrowAtExpectedInflation() {
        WagesAndPrices.State s = WagesAndPrices.next(P, WagesAndPrices.State.start(0.027), 0.045, 0, 1.0);
        assertEquals(0.027, s.wageGrowth(), 1e-12);
        assertEquals(0.027, s.inflation(), 1e-9);
        assertEquals(Math.pow(1.027, 1.0 / 12), s.wageIndex(), 1e-12);
        assertEquals(s.wageIndex(), s.priceLevel(), 1e-12);
    }

    @Test
    void wageGrowthFallsWithUnemploymentAndCutsAreDamped() {
        assertEquals(0.027 - 0.3 * 0.03, WagesAndPrices.wageGrowth(P, 0.027, 0, 0.075, 0), 1e-12);
        double asked = 0.0 - 0.3 * 0.10;
        assertEquals(P.wageDownwardFlexibility() * asked, WagesAndPrices.wageGrowth(P, 0.0, 0, 0.145, -0.05), 1e-12);
        assertTrue(WagesAndPrices.wageGrowth(P, 0.0, 0, 0.145, -0.05) > asked);
    }

    @Test
    void higherProductivityLowersPricesGraduallyAndRaisesRealWages() {
        WagesAndPrices.State s = WagesAndPrices.State.start(0.02);
        double[] level = new double[37];
        for (int m = 1; m <= 36; m++) {
            s = WagesAndPrices.next(P, s, 0.045, 0, 1.05);
            level[m] = s.priceLevel() / s.wageIndex();
        }
        // the first month closes pricePassThrough of the 5% gap, later months the rest
        assertEquals(Math.pow(1 / 1.05, P.pricePassThrough()), level[1], 1e-12);
        assertTrue(level[12] < level[1] && level[36] < level[12]);
        assertEquals(1 / 1.05, level[36], 0.005);
    }

    @Test
    void expectationsArePulledBackToTarget() {
        WagesAndPrices.State s = new WagesAndPrices.State(1, 1, -0.02, -0.02, -0.02, 1, 0);
        for (int m = 0; m < 120; m++) {
            s = WagesAndPrices.next(P, s, P.naturalUnemployment(), 0, 1.0);
        }
        // at the natural rate, de-anchored expectations return towards the 2% target, and inflation with them
        assertEquals(P.inflationTarget(), s.expectedInflation(), 0.01);
        assertTrue(s.inflation() > 0);
    }

    @Test
    void payFollowsProductivityPartOfTheWay() {
        double withGrowth = WagesAndPrices.wageGrowth(P, 0.02, 0.015, 0.045, 0);
        assertEquals(0.02 + P.wageProductivityShare() * 0.015, withGrowth, 1e-12);
        // steady 1.5% productivity growth at the natural rate: prices rise by the share not passed into pay
        WagesAndPrices.State s = WagesAndPrices.State.start(0.02);
        double productivity = 1;
        for (int m = 0; m < 240; m++) {
            productivity *= Math.pow(1.015, 1.0 / 12);
            s = WagesAndPrices.next(P, s, 0.045, 0, productivity);
        }
        double expectedInflation = s.expectedInflation();
        assertEquals(expectedInflation + P.wageProductivityShare() * 0.015, s.wageGrowth(), 1e-5, "expectations barely move in a month");
        assertEquals((1 + s.wageGrowth()) / 1.015 - 1, s.inflation(), 2e-4, "inflation = wage growth less productivity");
    }

    @Test
    void payReadsTheTrendOfProductivityGrowthSoAKinkDoesNotStepWages() {
        WagesAndPrices.State flat = WagesAndPrices.next(P, WagesAndPrices.State.start(0.02), 0.045, 0, 1);
        WagesAndPrices.State kink = WagesAndPrices.next(P, WagesAndPrices.State.start(0.02), 0.045, 0,
                Math.pow(1.03, 1.0 / 12));
        assertEquals(0.03 / P.productivityExpectationMonths(), kink.productivityTrend(), 1e-12,
                "3% growth from this month: the trend moves 1/18 of the way");
        assertEquals(P.wageProductivityShare() * kink.productivityTrend(), kink.wageGrowth() - flat.wageGrowth(), 1e-12,
                "wage growth rises by the share times the trend, not times this month's 3%");
    }

    @Test
    void unfilledJobsPushWagesUp() {
        double tight = WagesAndPrices.wageGrowth(P, 0.02, 0, 0.03, 0.02);
        double base = WagesAndPrices.wageGrowth(P, 0.02, 0, 0.03, 0);
        assertEquals(P.vacancyWageSlope() * 0.02, tight - base, 1e-12, "a point of unfilled jobs adds the slope");
        assertEquals(base, WagesAndPrices.wageGrowth(P, 0.02, 0, 0.03, -0.02), 0, "excess staff is in the unemployment gap");
        assertTrue(tight > base);
    }
}
