package org.aibubble.agents.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.config.MonetaryRuleName;
import org.aibubble.agents.policy.FedTier;
import org.junit.jupiter.api.Test;

/** The two monetary rules, the tiers' hold on the desired rate and the setting of the rate, each without an economy. */
class MonetaryRuleTest {
    private static final double NEUTRAL = 0.03;
    private final FedParams p = FedRulesFixture.fed(MonetaryRuleName.TAYLOR);

    private static RuleInputs at(double desired, double inflationGap, double unemploymentGap, double change) {
        return new RuleInputs(desired, NEUTRAL, inflationGap, unemploymentGap, change);
    }

    @Test
    void fedRuleNamesTheRule() {
        assertInstanceOf(InertialTaylorRule.class, MonetaryRule.of(p));
        assertInstanceOf(FirstDifferenceRule.class,
                MonetaryRule.of(FedRulesFixture.fed(MonetaryRuleName.FIRST_DIFFERENCE)));
    }

    @Test
    void theFedLooksThroughTheShareOfTheInflationGapItExpectsToFade() {
        assertEquals(0.0035, RuleInputs.expectedInflationGap(0.5, 0.027, 0.02), 1e-15, "2025-12: 2.7% against 2%");
        assertEquals(0.007, RuleInputs.expectedInflationGap(1.0, 0.027, 0.02), 1e-15, "no look-through");
    }

    @Test
    void theTaylorTargetAtTheStartIsTheSetRateWithinHalfAStep() {
        InertialTaylorRule taylor = new InertialTaylorRule(0.5, 1.0, 0.9);
        double start = taylor.target(at(0.03625, RuleInputs.expectedInflationGap(0.5, 0.027, 0.02), 0, 0));
        assertEquals(0.03525, start, 1e-15, "3% + 1.5 x 0.35%");
        assertEquals(0.03625, RateSetting.set(p, start, 0.03625, FedTier.NONE), 0.0,
                "even the unsmoothed target leaves the 2025-12 rate where it is");
    }

    @Test
    void theTaylorRuleMovesTenPercentOfTheWayToItsTarget() {
        MonetaryRule taylor = new InertialTaylorRule(0.5, 1.0, 0.9);
        assertEquals(NEUTRAL, taylor.rate(at(NEUTRAL, 0, 0, 0)), 1e-15, "on target: stays at neutral");
        assertEquals(0.9 * NEUTRAL + 0.1 * (NEUTRAL + 0.015), taylor.rate(at(NEUTRAL, 0.01, 0, 0)), 1e-15,
                "1pp expected inflation gap: the target rises 1.5pp");
        assertEquals(0.9 * NEUTRAL + 0.1 * (NEUTRAL - 0.01), taylor.rate(at(NEUTRAL, 0, -0.01, 0)), 1e-15,
                "1pp more unemployment than natural: the target falls 1pp");
    }

    @Test
    void theFirstDifferenceRuleMovesWithTheGapAndTheChangeInUnemployment() {
        MonetaryRule rule = new FirstDifferenceRule(0.5, 1.0);
        assertEquals(0.04, rule.rate(at(0.04, 0, -0.03, 0)), 1e-15,
                "on target and unemployment flat: no move, whatever its level or r*");
        assertEquals(0.04 + 0.5 * 0.01 / 3, rule.rate(at(0.04, 0.01, 0, 0)), 1e-15,
                "a third of the quarterly 0.5 x gap each month");
        assertEquals(0.04 - 0.01 / 3, rule.rate(at(0.04, 0, 0, 0.01)), 1e-15,
                "unemployment up 1pp on the year: down a third of 1pp a month");
    }

    @Test
    void theFedDoesNotHikeIntoStressButTheRuleKeepsReadingTheData() {
        assertEquals(0.04, Escalation.ruleRate(p, 0.04), 0.0, "the rule's rate follows the rule in every tier");
        assertEquals(p.floor(), Escalation.ruleRate(p, -0.01), 0.0);
        assertEquals(0.03625 + 0.0025, RateSetting.set(p, 0.05, 0.03625, FedTier.MILD), 1e-15, "mild: hikes pass");
        assertEquals(0.03625, RateSetting.set(p, 0.05, 0.03625, FedTier.MODERATE), 0.0, "moderate: no hike");
        assertEquals(0.03625, RateSetting.set(p, 0.05, 0.03625, FedTier.SEVERE), 0.0, "severe: no hike");
        assertEquals(0.03625 - 0.005, RateSetting.set(p, 0.0, 0.03625, FedTier.MODERATE), 1e-15, "cuts pass");
    }

    @Test
    void onlyTheSevereTierCutsToTheLowerBound() {
        assertEquals(0.00875, p.moderateFloor(), 0.0, "the fixture is the baseline's: the 0.75-1.00% range");
        assertEquals(0.00875, RateSetting.lowest(p, 0.03625, FedTier.MODERATE), 1e-15);
        assertEquals(0.00875, RateSetting.set(p, 0.0, 0.01375, FedTier.MODERATE), 1e-15,
                "moderate: the cut stops there, short of the 50 bp step");
        assertEquals(0.00875, RateSetting.set(p, 0.0, 0.00875, FedTier.MODERATE), 0.0, "and goes no lower");
        assertEquals(0.00875, RateSetting.set(p, 0.0, 0.01125, FedTier.NONE), 1e-15, "nor by the rule alone");
        assertEquals(0.01375 - 0.0075, RateSetting.set(p, 0.0, 0.01375, FedTier.SEVERE), 1e-15,
                "severe: down to the floor at its pace");
        assertEquals(p.floor(), RateSetting.set(p, 0.0, 0.003, FedTier.SEVERE), 0.0);
        assertEquals(p.floor(), RateSetting.set(p, 0.0, p.floor(), FedTier.MODERATE), 0.0,
                "after a severe episode a rate at the floor is held, not lifted to the bound");
        assertEquals(p.floor() + 0.0025, RateSetting.set(p, 0.05, p.floor(), FedTier.NONE), 1e-15,
                "and rises with the rule");
    }

    @Test
    void theTiersEaseBeyondTheRuleTheModerateOneBoundedTheSevereOneDownToTheFloor() {
        assertEquals(0.0, Escalation.easing(p, 0, 0.035, FedTier.MILD), 0.0, "mild: words only");
        assertEquals(0.0025, Escalation.easing(p, 0, 0.035, FedTier.MODERATE), 1e-15, "moderate: 25 bp more a month");
        assertEquals(0.025, Escalation.easing(p, 0.024, 0.035, FedTier.MODERATE), 1e-15, "up to 250 bp");
        assertEquals(0.025, Escalation.easing(p, 0.025, 0.035, FedTier.MODERATE), 1e-15, "and no further");
        assertEquals(0.03, Escalation.easing(p, 0.03, 0.035, FedTier.MODERATE), 1e-15, "after severe: held");
        assertEquals(0.03 + 0.005, Escalation.easing(p, 0.03, 0.05, FedTier.SEVERE), 1e-15, "severe: 50 bp a month");
        assertEquals(0.035 - p.floor(), Escalation.easing(p, 0.034, 0.035, FedTier.SEVERE), 1e-15,
                "never more than takes the rule's rate to the floor");
        assertEquals(0.0275, Escalation.easing(p, 0.03, 0.05, FedTier.NONE), 1e-15, "calm: withdrawn 25 bp a month");
        assertEquals(0.0, Escalation.easing(p, 0.001, 0.05, FedTier.MILD), 0.0);
        assertEquals(0.035 - 0.01, Escalation.desiredRate(p, 0.035, 0.01), 1e-15);
        assertEquals(p.floor(), Escalation.desiredRate(p, 0.01, 0.02), 0.0, "never below the floor");
    }

    @Test
    void theRateMovesInWholeStepsTowardsTheDesiredRate() {
        assertEquals(0.03625, RateSetting.set(p, 0.0374, 0.03625, FedTier.NONE), 1e-15, "under half a step: hold");
        assertEquals(0.03875, RateSetting.set(p, 0.0376, 0.03625, FedTier.NONE), 1e-15, "just over half: one step");
        assertEquals(0.03375, RateSetting.set(p, 0.0349, 0.03625, FedTier.NONE), 1e-15, "and down");
        assertEquals(0.03625, RateSetting.set(p, 0.0351, 0.03625, FedTier.NONE), 1e-15);
    }

    @Test
    void theMonthlyMoveIsCappedByTierSoTheRateNeverJumpsToTheFloor() {
        assertEquals(0.03625 - 0.0025, RateSetting.set(p, 0.0, 0.03625, FedTier.NONE), 1e-15, "one step");
        assertEquals(0.03625 - 0.005, RateSetting.set(p, 0.0, 0.03625, FedTier.MODERATE), 1e-15, "50 bp");
        assertEquals(0.03625 - 0.0075, RateSetting.set(p, 0.0, 0.03625, FedTier.SEVERE), 1e-15, "75 bp");
        assertEquals(0.03625 + 0.0025, RateSetting.set(p, 0.09, 0.03625, FedTier.NONE), 1e-15,
                "a hike is capped too");
        assertEquals(p.floor(), RateSetting.set(p, 0.0, 0.004, FedTier.SEVERE), 0.0, "not below the floor");
    }

    @Test
    void aSevereEasingFromTheStartTakesMonthsToReachTheFloor() {
        double easing = 0;
        double rate = 0.03625;
        int months = 0;
        while (rate > p.floor() && months < 60) {
            easing = Escalation.easing(p, easing, 0.03625, FedTier.SEVERE);
            double desired = Escalation.desiredRate(p, 0.03625, easing);
            double next = RateSetting.set(p, desired, rate, FedTier.SEVERE);
            assertTrue(rate - next <= p.severeMaxMove() + 1e-15, "month " + months);
            rate = next;
            months++;
        }
        assertEquals(7, months, "350 bp at 50 bp a month");
    }
}
