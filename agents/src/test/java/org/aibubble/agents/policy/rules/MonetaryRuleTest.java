package org.aibubble.agents.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.config.MonetaryRuleName;
import org.aibubble.agents.policy.FedTier;
import org.junit.jupiter.api.Test;

/** The two monetary rules and the tiers' hold on the rate, each without an economy. */
class MonetaryRuleTest {
    private static final double NEUTRAL = 0.03;

    private static RuleInputs at(double rate, double inflation, double unemployment, double yearAgo) {
        return new RuleInputs(rate, NEUTRAL, inflation, 0.02, unemployment, yearAgo, 0.045);
    }

    @Test
    void fedRuleNamesTheRule() {
        assertInstanceOf(InertialTaylorRule.class, MonetaryRule.of(FedRulesFixture.fed(MonetaryRuleName.TAYLOR)));
        assertInstanceOf(FirstDifferenceRule.class,
                MonetaryRule.of(FedRulesFixture.fed(MonetaryRuleName.FIRST_DIFFERENCE)));
    }

    @Test
    void theTaylorRuleMovesTenPercentOfTheWayToItsTarget() {
        MonetaryRule taylor = new InertialTaylorRule(0.5, 1.0, 0.9);
        assertEquals(NEUTRAL, taylor.rate(at(NEUTRAL, 0.02, 0.045, 0.045)), 1e-15, "on target: stays at neutral");
        double target = NEUTRAL + 1.5 * 0.01;
        assertEquals(0.9 * NEUTRAL + 0.1 * target, taylor.rate(at(NEUTRAL, 0.03, 0.045, 0.045)), 1e-15,
                "1pp above target: the target rises 1.5pp");
        target = NEUTRAL - 0.01;
        assertEquals(0.9 * NEUTRAL + 0.1 * target, taylor.rate(at(NEUTRAL, 0.02, 0.055, 0.045)), 1e-15,
                "1pp more unemployment: the target falls 1pp");
    }

    @Test
    void theFirstDifferenceRuleMovesWithTheGapAndTheChangeInUnemployment() {
        MonetaryRule rule = new FirstDifferenceRule(0.5, 1.0);
        assertEquals(0.04, rule.rate(at(0.04, 0.02, 0.07, 0.07)), 1e-15,
                "on target and unemployment flat: no move, whatever its level or r*");
        assertEquals(0.04 + 0.5 * 0.01 / 3, rule.rate(at(0.04, 0.03, 0.045, 0.045)), 1e-15,
                "a third of the quarterly 0.5 x gap each month");
        assertEquals(0.04 - 0.01 / 3, rule.rate(at(0.04, 0.02, 0.055, 0.045)), 1e-15,
                "unemployment up 1pp on the year: down a third of 1pp a month");
    }

    @Test
    void theTiersHoldTheRate() {
        FedParams p = FedRulesFixture.fed(MonetaryRuleName.TAYLOR);
        assertEquals(0.03, Escalation.rate(p, 0.03, 0.035, FedTier.MILD), 0.0, "mild: words only");
        assertEquals(0.035 - 0.0025, Escalation.rate(p, 0.034, 0.035, FedTier.MODERATE), 1e-15, "moderate: at least the extra cut");
        assertEquals(0.02, Escalation.rate(p, 0.02, 0.035, FedTier.MODERATE), 0.0, "a deeper rule cut stands");
        assertEquals(p.floor(), Escalation.rate(p, 0.05, 0.035, FedTier.SEVERE), 0.0, "severe: the floor");
        assertEquals(p.floor(), Escalation.rate(p, -0.02, 0.01, FedTier.NONE), 0.0, "never below the floor");
        assertTrue(Escalation.rate(p, 0.06, 0.05, FedTier.NONE) > 0.05);
    }
}
