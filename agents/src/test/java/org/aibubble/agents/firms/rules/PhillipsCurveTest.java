package org.aibubble.agents.firms.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibubble.agents.config.MacroParams;
import org.aibubble.agents.firms.MacroFixture;
import org.junit.jupiter.api.Test;

class PhillipsCurveTest {
    private static final MacroParams P = MacroFixture.baseline();

    @Test
    void atTheNaturalRateInflationIsWhatWasExpected() {
        PhillipsCurve.Prices prices = PhillipsCurve.next(P, 0.027, 1.0, 0.045);
        assertEquals(0.027, prices.inflation(), 1e-15);
        assertEquals(0.027, prices.expectedInflation(), 1e-15);
        assertEquals(Math.pow(1.027, 1.0 / 12), prices.priceLevel(), 1e-15, "a month of 2.7% a year");
    }

    @Test
    void slackLowersInflationAndExpectationsFollowSlowly() {
        PhillipsCurve.Prices prices = PhillipsCurve.next(P, 0.027, 1.0, 0.065);
        assertEquals(0.027 - 0.3 * 0.02, prices.inflation(), 1e-15);
        assertEquals(0.027 - 0.03 * 0.3 * 0.02, prices.expectedInflation(), 1e-15);
    }

    @Test
    void inflationNeverFallsBelowItsFloor() {
        assertEquals(-0.02, PhillipsCurve.next(P, 0.0, 1.0, 0.5).inflation(), 0.0);
    }
}
