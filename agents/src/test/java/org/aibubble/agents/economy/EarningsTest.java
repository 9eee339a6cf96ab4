package org.aibubble.agents.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EarningsTest {
    @Test
    void trailingEarningsAreTheLastTwelveMonthsStartingFromTheFirstMonthAsAYear() {
        Earnings e = new Earnings();
        assertTrue(Double.isNaN(e.trailing()), "nothing settled yet");
        e.record(1);
        assertEquals(12, e.trailing(), 1e-12, "the first month stands for the year before");
        e.record(3);
        assertEquals(11 + 3, e.trailing(), 1e-12);
        assertEquals(3, e.last(), 0);
        for (int m = 0; m < 12; m++) {
            e.record(2);
        }
        assertEquals(24, e.trailing(), 1e-12, "older months drop out");
    }
}
