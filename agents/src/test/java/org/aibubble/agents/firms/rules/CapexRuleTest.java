package org.aibubble.agents.firms.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.config.CapexParams;
import org.junit.jupiter.api.Test;

class CapexRuleTest {
    private final CapexParams p = BaselineCapex.capex();

    private static CapexSituation neutral() {
        return new CapexSituation(0.2, 0.2, 0.1, 0.1, 0, 0, 1);
    }

    @Test
    void aNeutralSituationLeavesCapexFlat() {
        CapexTerms t = CapexRule.decide(p, neutral());
        assertEquals(0, t.monthlyGrowth(), 1e-15);
    }

    @Test
    void demandAboveCapacityRaisesCapexByTheDemandWeight() {
        CapexTerms t = CapexRule.decide(p, new CapexSituation(0.5, 0.2, 0.1, 0.1, 0, 0, 1));
        assertEquals(0.6 * 0.3, t.demand(), 1e-12);
        assertEquals(0.6 * 0.3 / 12, t.monthlyGrowth(), 1e-12);
    }

    @Test
    void fallingBehindRivalsWeighsMoreThanBeingAhead() {
        CapexTerms behind = CapexRule.decide(p, new CapexSituation(0.2, 0.2, 0.0, 0.2, 0, 0, 1));
        CapexTerms ahead = CapexRule.decide(p, new CapexSituation(0.2, 0.2, 0.2, 0.0, 0, 0, 1));
        assertEquals(0.5 * 0.2, behind.armsRace(), 1e-12);
        assertEquals(-0.3 * 0.5 * 0.2, ahead.armsRace(), 1e-12);
        CapexTerms keen = CapexRule.decide(p, new CapexSituation(0.2, 0.2, 0.0, 0.2, 0, 0, 2));
        assertEquals(2 * behind.armsRace(), keen.armsRace(), 1e-12, "the firm's arms-race weight scales it");
    }

    @Test
    void tobinsQAndTheChangeOfTheReturnGapEnter() {
        CapexTerms rich = CapexRule.decide(p, new CapexSituation(0.2, 0.2, 0.1, 0.1, 0.1, 0, 1));
        assertEquals(0.1, rich.tobinsQ(), 1e-12);
        CapexTerms poorer = CapexRule.decide(p, new CapexSituation(0.2, 0.2, 0.1, 0.1, 0, -0.2, 1));
        assertEquals(-0.2, poorer.returnGap(), 1e-12, "return weight 1 times the fall of the gap over the year");
    }

    @Test
    void theReturnGapIsBoundedBeforeItsChangeIsTaken() {
        assertEquals(-0.5, CapexRule.boundedGap(p, -3), 0);
        assertEquals(0.5, CapexRule.boundedGap(p, 3), 0);
        assertEquals(0.1, CapexRule.boundedGap(p, 0.1), 0);
        double change = CapexRule.boundedGap(p, -3) - CapexRule.boundedGap(p, -0.9);
        assertEquals(0, change, 0, "a return that stays below the bound no longer moves capex");
    }

    @Test
    void monthlyGrowthIsBoundedByTheLargestRiseAndCut() {
        assertEquals(0.04, CapexRule.decide(p, new CapexSituation(9, 0, 0, 0, 0, 0, 1)).monthlyGrowth(), 0);
        assertEquals(-0.08, CapexRule.decide(p, new CapexSituation(-9, 0, 0, 0, 0, 0, 1)).monthlyGrowth(), 0);
        assertTrue(CapexRule.decide(p, new CapexSituation(0.3, 0.2, 0.1, 0.1, 0, 0, 1)).monthlyGrowth() > 0);
    }

    @Test
    void demandExpectationsAdaptWithTheirMemory() {
        assertEquals(0.9 * 0.4 + 0.1 * 0.0, CapexRule.expectDemandGrowth(0.9, 0.4, 0.0), 1e-15);
        assertEquals(0.4, CapexRule.expectDemandGrowth(0.9, 0.4, 0.4), 1e-15);
    }
}
