package org.aibubble.agents.firms.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibubble.agents.firms.MacroFixture;
import org.junit.jupiter.api.Test;

class SoftwareSpendTest {
    @Test
    void aShareOfSalesErodedByAdoption() {
        assertEquals(0.01 * 2000, SoftwareSpend.amount(MacroFixture.baseline(), 2000, 0), 1e-12);
        assertEquals(0.01 * 2000 * 0.7, SoftwareSpend.amount(MacroFixture.baseline(), 2000, 0.3), 1e-12);
        assertEquals(0.0, SoftwareSpend.amount(MacroFixture.baseline(), 2000, 1.5), 0.0, "never negative");
    }
}
