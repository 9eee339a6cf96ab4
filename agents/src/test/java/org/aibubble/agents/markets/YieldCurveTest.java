package org.aibubble.agents.markets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The 10-year yield from the expected policy path and the term premium; the spread quote. */
class YieldCurveTest {
    @Test
    void withoutReversionThePathIsTodaysRate() {
        assertEquals(0.05, YieldCurve.expectedPath(0.05, 0.03, 0), 0.0);
    }

    @Test
    void reversionPullsTheAverageTowardsNeutral() {
        double k = 0.5;
        double factor = (1 - Math.exp(-k * 10)) / (k * 10);
        assertEquals(0.03 + 0.02 * factor, YieldCurve.expectedPath(0.05, 0.03, k), 1e-15);
    }

    @Test
    void qeHoldingsLowerTheTermPremiumPerTrillion() {
        assertEquals(0.01 + 0.015 - 0.004 * 0.3, YieldCurve.termPremium(0.01, 0.015, 0.004, 300), 1e-15);
        assertEquals(0.0, YieldCurve.yield(-0.02, 0.01), 0.0, "the yield never goes below zero");
    }

    @Test
    void theCouponCatchesUpOverItsDuration() {
        assertEquals(0.03 + 0.01 / 72, YieldCurve.nextCoupon(0.03, 0.04), 1e-15);
    }

    @Test
    void spreadsRiseWithLeverageAndStress() {
        SpreadCurve calm = new SpreadCurve(0.01, 0.002, 0.03, 0);
        assertEquals(0.01 + 0.002 * 3, calm.spread(3), 1e-15);
        assertEquals(0.01, calm.spread(-1), 0.0, "negative leverage counts as none");
        assertEquals(0.01 + 0.03 * 0.5, new SpreadCurve(0.01, 0.002, 0.03, 0.5).spread(0), 1e-15);
    }
}
