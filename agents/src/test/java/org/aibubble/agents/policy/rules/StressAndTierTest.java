package org.aibubble.agents.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibubble.agents.config.MonetaryRuleName;
import org.aibubble.agents.config.StressWeights;
import org.aibubble.agents.policy.FedTier;
import org.junit.jupiter.api.Test;

/** The stress index adds each reading over its scale; the tier follows the thresholds. */
class StressAndTierTest {
    @Test
    void eachReadingCountsItsWeightAtItsScale() {
        StressWeights w = FedRulesFixture.STRESS;
        assertEquals(0.35, StressIndex.of(w, 0.30, 0, 0, 0), 1e-12, "a 30% drawdown alone");
        assertEquals(0.25, StressIndex.of(w, 0, 0.02, 0, 0), 1e-12, "2pp of spread widening alone");
        assertEquals(0.2, StressIndex.of(w, 0, 0, 1, 0), 1e-12, "every fund gated");
        assertEquals(0.2, StressIndex.of(w, 0, 0, 0, 0.01), 1e-12, "1pp rise of unemployment");
        assertEquals(1.0, StressIndex.of(w, 0.30, 0.02, 1, 0.01), 1e-12, "all four: a crisis");
        assertEquals(0.0, StressIndex.of(w, 0, 0, 0, 0), 0.0);
        StressWeights doubleDrawdown = new StressWeights(0.35, 0.15, 0.25, 0.02, 0.2, 0.2, 0.01);
        assertEquals(0.7, StressIndex.of(doubleDrawdown, 0.30, 0, 0, 0), 1e-12, "a smaller scale counts more");
    }

    @Test
    void theSevereTierNeedsRisingUnemploymentToo() {
        var p = FedRulesFixture.fed(MonetaryRuleName.TAYLOR);
        assertEquals(FedTier.NONE, TierChoice.choose(p, 0.19, 0));
        assertEquals(FedTier.MILD, TierChoice.choose(p, 0.2, 0));
        assertEquals(FedTier.MODERATE, TierChoice.choose(p, 0.45, 0));
        assertEquals(FedTier.MODERATE, TierChoice.choose(p, 2.0, 0.009), "stress alone is not severe");
        assertEquals(FedTier.SEVERE, TierChoice.choose(p, 0.75, 0.01));
    }
}
