package org.aibubble.agents.firms.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.firms.MacroFixture;
import org.junit.jupiter.api.Test;

class CashBufferTest {
    @Test
    void firmsBorrowTheShortfallBelowHalfAMonthOfSales() {
        assertEquals(200, CashBuffer.bondsToIssue(MacroFixture.baseline(), 2000, 800), 1e-12);
        assertTrue(CashBuffer.bondsToIssue(MacroFixture.baseline(), 2000, 1500) <= 0);
    }
}
