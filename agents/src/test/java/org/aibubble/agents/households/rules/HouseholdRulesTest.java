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
        double separations = JobFlows.separations(change, 1_000, 0.01);
        assertEquals(110, separations, 1e-12, "churn of 1% plus the cut");
        double top = JobFlows.fireChance(separations, exposureWeighted, 0.3);
        double bottom = JobFlows.fireChance(separations, exposureWeighted, 2.5);
        assertEquals(110, top * 200 + bottom * 800, 1e-9, "expected job losses are churn plus the cut");
        assertEquals(2.5 / 0.3, bottom / top, 1e-9);
        double hires = JobFlows.hires(change, 1_000, 0.01);
        assertEquals(10, hires, 1e-12, "while cutting, firms refill only the churned jobs");
        assertEquals(0.2, JobFlows.hireChance(hires, 50, 1), 1e-12);
        double growth = JobFlows.change(1_050, 1_000);
        assertEquals(0.6, JobFlows.hireChance(JobFlows.hires(growth, 1_000, 0.01), 100, 1), 1e-12);
        assertEquals(10, JobFlows.separations(growth, 1_000, 0.01), 1e-12, "while hiring, only churn ends jobs");
        assertEquals(1, JobFlows.hireChance(500, 100, 1), 0, "at most everyone");
        assertEquals(0, JobFlows.fireChance(JobFlows.separations(growth, 1_000, 0), exposureWeighted, 1), 0,
                "no churn, no firing while hiring");
    }

    @Test
    void hiringIsCappedByMatching() {
        assertEquals(0.5, JobFlows.hireChance(500, 100, 0.5), 0, "matching caps the job-finding rate");
        assertEquals(0.3, JobFlows.hireChance(30, 100, 0.5), 1e-12, "below the cap, hires fill the jobs");
        // with no net change the flows balance at the frictional floor s / (s + f)
        double s = 0.014;
        double f = 0.5;
        double u = s / (s + f);
        double employed = 1 - u;
        double hiresAtFloor = JobFlows.hireChance(JobFlows.hires(0, employed, s), u, f) * u;
        assertEquals(s * employed, hiresAtFloor, 1e-12);
    }

    @Test
    void theRateChannelCutsSpendingWhenPolicyIsTightWithinItsBound() {
        assertEquals(0.01, RateChannel.gap(0.04, 0.02, 0.01), 1e-15);
        assertEquals(1 - 1.5 * 0.01, RateChannel.factor(1.5, 0.01), 1e-15);
        assertEquals(1 + 0.5 * 0.02, RateChannel.factor(0.5, -0.02), 1e-15, "loose policy raises spending");
        assertEquals(1 - RateChannel.MAX_EFFECT, RateChannel.factor(10, 0.5), 0);
        assertEquals(1 + RateChannel.MAX_EFFECT, RateChannel.factor(10, -0.5), 0);
        double smoothed = 0;
        for (int m = 0; m < 9; m++) {
            smoothed = RateChannel.smooth(smoothed, 0.01, 9);
        }
        assertEquals(0.01 * (1 - Math.pow(1 - 1.0 / 9, 9)), smoothed, 1e-15, "the response builds over months");
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
