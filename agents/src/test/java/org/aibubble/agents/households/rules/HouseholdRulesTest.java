package org.aibubble.agents.households.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The households' group-level rules on their own, without an economy: one test per rule and mechanism. */
class HouseholdRulesTest {
    @Test
    void thePropensityMakesStartingConsumptionTheTargetWithAtLeastHalfOutOfIncome() {
        double target = 100;
        double wealth = 2_400;
        double p = ConsumptionRule.propensity(target, 0.01, wealth, 200);
        assertEquals(target, p * 200 + 0.01 / 12 * wealth, 1e-12, "out of income plus out of wealth is the target");
        double rich = ConsumptionRule.propensity(target, 0.5, 1e6, 200);
        assertEquals(ConsumptionRule.MIN_OUT_OF_INCOME * target / 200, rich, 1e-15, "at least half out of income");
        assertEquals(target / 200, ConsumptionRule.propensity(target, 0.01, -5_000, 200), 1e-15,
                "negative wealth adds no spending");
    }

    @Test
    void capitalIncomeIsSmoothedOverSixMonthsAndAiSpendingIsAShareOfEachGroupsSpending() {
        assertEquals(10 + (16 - 10) / 6.0, ConsumptionRule.smoothedCapitalIncome(10, 16), 1e-12);
        assertEquals(5, ConsumptionRule.onAi(50, 20, 200), 1e-12, "a quarter of all spending, a quarter of AI");
        assertEquals(50, ConsumptionRule.onAi(50, 1_000, 200), 0, "never more than the group spends");
    }

    @Test
    void cautionRisesWithUnemploymentAboveWhatHouseholdsAreUsedToAndFades() {
        assertEquals(1, PrecautionarySaving.caution(4, 0.04, 0.05), 0, "no precaution when unemployment falls");
        assertEquals(1 - 4 * 0.02, PrecautionarySaving.caution(4, 0.07, 0.05), 1e-12);
        assertEquals(PrecautionarySaving.MIN_CAUTION, PrecautionarySaving.caution(4, 0.5, 0.05), 0, "bounded");
        double usedTo = 0.05;
        for (int m = 0; m < 240; m++) {
            usedTo = PrecautionarySaving.usedTo(0.07, usedTo);
        }
        assertEquals(0.07, usedTo, 1e-5, "households get used to the new level");
        assertEquals(0.05 + 0.02 / PrecautionarySaving.ADAPTATION_MONTHS, PrecautionarySaving.usedTo(0.07, 0.05), 1e-15);
    }

    @Test
    void banksCutCardLinesWithStressDownToAFloor() {
        assertEquals(1, CardCredit.creditLine(0.4, 0), 0);
        assertEquals(0.8, CardCredit.creditLine(0.4, 0.5), 1e-12);
        assertEquals(CardCredit.MIN_CREDIT_LINE, CardCredit.creditLine(1, 1), 0);
    }

    @Test
    void jobFlowsMoveEmploymentToTheTargetTheMostExposedFirst() {
        double change = JobFlows.change(900, 1_000);
        assertEquals(-100, change, 0);
        double exposureWeighted = 0.3 * 200 + 2.5 * 800;
        double top = JobFlows.fireChance(change, exposureWeighted, 0.3);
        double bottom = JobFlows.fireChance(change, exposureWeighted, 2.5);
        assertEquals(100, top * 200 + bottom * 800, 1e-9, "expected job losses are the cut");
        assertEquals(2.5 / 0.3, bottom / top, 1e-9);
        assertEquals(0, JobFlows.hireChance(change, 50), 0, "no hiring while cutting");
        assertEquals(0.5, JobFlows.hireChance(JobFlows.change(1_050, 1_000), 100), 1e-12);
        assertEquals(1, JobFlows.hireChance(500, 100), 0, "at most everyone");
        assertEquals(0, JobFlows.fireChance(50, exposureWeighted, 1), 0, "no firing while hiring");
    }

    @Test
    void theTrendRuleWinsWithItsAdvantageAndWithTheMajority() {
        assertEquals(0.5, RuleChoice.trendChance(4, 0.5, 0, 0.5), 1e-15, "no advantage, no majority: a coin");
        assertTrue(RuleChoice.trendChance(4, 0.5, 0.1, 0.5) > 0.5, "an advantage recruits trend followers");
        assertTrue(RuleChoice.trendChance(4, 0.5, 0, 0.8) > 0.5, "herding towards the majority");
        assertEquals(1 / (1 + Math.exp(-(4 * 0.1 + 0.5 * (2 * 0.3 - 1)))), RuleChoice.trendChance(4, 0.5, 0.1, 0.3),
                1e-15);
    }
}
