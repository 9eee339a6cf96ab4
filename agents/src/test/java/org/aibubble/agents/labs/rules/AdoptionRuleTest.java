package org.aibubble.agents.labs.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.config.AdoptionParams;
import org.junit.jupiter.api.Test;

class AdoptionRuleTest {
    private final AdoptionParams p = BaselineLabs.adoption();

    @Test
    void adoptionFollowsALogisticCurveSpedByProof() {
        double proven = AdoptionRule.next(p, 0.2, 0.2);
        assertEquals(0.2 + 0.6 / 12 * 0.2 * (1 - 0.2 / 0.6), proven, 1e-15);
        double unproven = AdoptionRule.next(p, 0.2, 0.1);
        assertEquals(0.2 + 0.6 / 12 * (0.5 + 0.5 * 0.5) * 0.2 * (1 - 0.2 / 0.6), unproven, 1e-15);
        assertTrue(unproven < proven, "gains that have not yet paid off slow diffusion");
        assertEquals(0.6, AdoptionRule.next(p, 0.6, 0.6), 1e-15, "the ceiling holds");
    }

    @Test
    void revenueIsVolumeTimesTokenPriceWithInelasticDemand() {
        assertEquals(10, AdoptionRule.revenue(p, 10, 0.1, 0, 1), 1e-12);
        assertEquals(10 * 2, AdoptionRule.revenue(p, 10, 0.2, 0, 1), 1e-12);
        assertEquals(10 * 1.5, AdoptionRule.revenue(p, 10, 0.1, 12, 1), 1e-12);
        assertEquals(10 * Math.pow(0.5, 1 - 0.8), AdoptionRule.revenue(p, 10, 0.1, 0, 0.5), 1e-12,
                "cheaper tokens: more use, less revenue");
    }
}
