package org.aibubble.agents.firms.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibubble.agents.config.MacroParams;
import org.aibubble.agents.firms.MacroFixture;
import org.junit.jupiter.api.Test;

class FirmInvestmentTest {
    private static final MacroParams P = MacroFixture.baseline();

    @Test
    void atTheStartInvestmentReplacesDepreciation() {
        assertEquals(0.01, FirmInvestment.depreciation(P), 1e-15, "300 a month on 30,000 of capital");
        assertEquals(30000, FirmInvestment.desiredCapital(P, 1500, 1500), 1e-9);
        assertEquals(300, FirmInvestment.grossReal(P, 30000, 30000), 1e-9);
    }

    @Test
    void theAcceleratorClosesCapitalAdjustmentOfTheGapToDesiredCapital() {
        double desired = FirmInvestment.desiredCapital(P, 1485, 1500);
        assertEquals(30000 * 0.99, desired, 1e-9, "capital follows expected sales");
        assertEquals(300 - P.capitalAdjustment() * 300, FirmInvestment.grossReal(P, 30000, desired), 1e-9,
                "a 1% fall in expected sales cuts investment by 4%");
        assertEquals(0, FirmInvestment.grossReal(P, 30000, 15000), 0, "investment is irreversible");
    }

    @Test
    void expectedSalesFollowSalesOverSalesExpectationMonths() {
        assertEquals(1500 + (1440 - 1500) / 6.0, FirmInvestment.expectedSales(P, 1500, 1440), 1e-12);
    }

    @Test
    void eightPercentLessPerPointOfRealYieldAboveTheStart() {
        assertEquals(1, FirmInvestment.rateFactor(P, 0.045, 0.027, 0.018), 1e-12);
        assertEquals(1 - 8 * 0.01, FirmInvestment.rateFactor(P, 0.055, 0.027, 0.018), 1e-12);
        assertEquals(1 + 8 * 0.01, FirmInvestment.rateFactor(P, 0.035, 0.027, 0.018), 1e-12);
    }

    @Test
    void theFactorStaysWithinItsBounds() {
        assertEquals(0.2, FirmInvestment.rateFactor(P, 0.5, 0.027, 0.018), 1e-12);
        assertEquals(1.8, FirmInvestment.rateFactor(P, -0.5, 0.027, 0.018), 1e-12);
    }
}
