package org.aibubble.agents.firms.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EbitdaSmoothingTest {
    @Test
    void ebitdaMovesAFifthOfTheWayToThisMonthsOperatingIncome() {
        assertEquals(0.8 * 10 + 0.2 * 20, EbitdaSmoothing.next(0.2, 10, 20), 0);
        assertEquals(10, EbitdaSmoothing.next(0.2, 10, 10), 1e-12);
        assertEquals(20, EbitdaSmoothing.next(1, 10, 20), 0);
    }

    @Test
    void leverageIsDebtOverAnnualEbitdaCappedForDistressedIssuers() {
        assertEquals(120.0 / (12 * 5), EbitdaSmoothing.leverage(120, 5, 15), 1e-12);
        assertEquals(15, EbitdaSmoothing.leverage(120, -5, 15), 0, "no EBITDA: priced at the cap");
        assertEquals(0, EbitdaSmoothing.leverage(0, 5, 15), 0);
    }
}
