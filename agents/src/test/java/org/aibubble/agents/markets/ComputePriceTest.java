package org.aibubble.agents.markets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibubble.agents.config.MarketParams;
import org.junit.jupiter.api.Test;

class ComputePriceTest {
    /** A markets section whose compute keys are round: target utilisation 0.8, elasticity 0.5, largest move 10%. */
    static MarketParams markets() {
        return new MarketParams(0.5, 0.05, 1.0, 6, 0.03, 0.7, 0.0, 0.5, 0.2, 0.005, 0.5, 0.01, 0.01, 0.02, 0.01,
                0.15, 0.5, 0.8, 0.1, 0.35, 0.01, 0.05, 6, 0.5, 0.5, 36, 0.05, 0.01, -0.5, 2.0, 2.0, 0.5, 0.5, 2.0, 2.0,
                0.12, 12, 0.8, 3.0, 0.01, 0.05, 0.8);
    }

    @Test
    void thePriceIsStableAtTargetUtilisation() {
        assertEquals(2.0, ComputePrice.next(markets(), 2.0, 80, 100), 1e-12);
    }

    @Test
    void demandAboveTargetRaisesItWithTheElasticity() {
        assertEquals(2.0 * Math.sqrt(88 / 80.0), ComputePrice.next(markets(), 2.0, 88, 100), 1e-12);
        assertEquals(2.0 * Math.sqrt(72 / 80.0), ComputePrice.next(markets(), 2.0, 72, 100), 1e-12);
    }

    @Test
    void aMonthsMoveIsBoundedAndNothingMovesWithoutDemand() {
        assertEquals(2.2, ComputePrice.next(markets(), 2.0, 800, 100), 1e-12);
        assertEquals(1.8, ComputePrice.next(markets(), 2.0, 1, 100), 1e-12);
        assertEquals(2.0, ComputePrice.next(markets(), 2.0, 0, 100), 0);
        assertEquals(2.0, ComputePrice.next(markets(), 2.0, 50, 0), 0);
    }
}
