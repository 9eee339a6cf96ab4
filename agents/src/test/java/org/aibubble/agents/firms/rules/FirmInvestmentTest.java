package org.aibubble.agents.firms.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibubble.agents.config.MacroParams;
import org.aibubble.agents.firms.MacroFixture;
import org.junit.jupiter.api.Test;

class FirmInvestmentTest {
    private static final MacroParams P = MacroFixture.baseline();

    @Test
    void atTheStartingRealYieldInvestmentIsAsConfiguredInRealTerms() {
        assertEquals(300, FirmInvestment.amount(P, 0.045, 0.027, 0.018, 1.0), 1e-9);
        assertEquals(330, FirmInvestment.amount(P, 0.045, 0.027, 0.018, 1.1), 1e-9, "nominal at the price level");
    }

    @Test
    void eightPercentLessPerPointOfRealYieldAboveTheStart() {
        assertEquals(300 * (1 - 8 * 0.01), FirmInvestment.amount(P, 0.055, 0.027, 0.018, 1.0), 1e-9);
        assertEquals(300 * (1 + 8 * 0.01), FirmInvestment.amount(P, 0.035, 0.027, 0.018, 1.0), 1e-9);
    }

    @Test
    void theFactorStaysWithinItsBounds() {
        assertEquals(300 * 0.2, FirmInvestment.amount(P, 0.5, 0.027, 0.018, 1.0), 1e-9);
        assertEquals(300 * 1.8, FirmInvestment.amount(P, -0.5, 0.027, 0.018, 1.0), 1e-9);
    }
}
