package org.aibubble.sim.mechanisms;

import static org.aibubble.sim.mechanisms.MechanismRuns.last;
import static org.aibubble.sim.mechanisms.MechanismRuns.stepped;
import static org.aibubble.sim.mechanisms.MechanismRuns.world;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.policy.Fed;
import org.aibubble.agents.policy.FedTier;
import org.aibubble.sim.engine.AiEconomySim;
import org.junit.jupiter.api.Test;

/** The Fed: rules with inertia, whole steps, capped moves and a floor; tiers by smoothed stress; QE only when severe and allowed. */
class FedMechanismsTest {
    private static final double RATE0 = 0.03625;
    /** Every stress threshold and unemployment condition at zero: the Fed is severe from the first month. */
    private static final String[] SEVERE = {"fed.mildStress=0", "fed.moderateStress=0", "fed.severeStress=0",
        "fed.moderateUnemploymentRise=0", "fed.severeUnemploymentRise=0", "fed.severeUnemploymentGap=0"};
    /** The mild and moderate stress thresholds and the moderate tier's unemployment condition at zero, the severe tier out of reach. */
    private static final String[] MODERATE = {"fed.mildStress=0", "fed.moderateStress=0", "fed.severeStress=10",
        "fed.moderateUnemploymentRise=0"};

    @Test
    void higherInflationRaisesThePolicyRate() {
        double calm = rateAfterOneMonth("macro.inflation0=0.027");
        double hot = rateAfterOneMonth("macro.inflation0=0.05");
        assertTrue(hot > calm + 1e-4, "policy rate " + calm + " -> " + hot);
    }

    @Test
    void higherUnemploymentLowersThePolicyRate() {
        double calm = rateAfterOneMonth("macro.unemployment0=0.045");
        double slack = rateAfterOneMonth("macro.unemployment0=0.08");
        assertTrue(slack < calm - 1e-4, "policy rate " + calm + " -> " + slack);
    }

    @Test
    void inertiaMovesTheDesiredRateOnlyPartWayToTheSameTarget() {
        double slow = desiredAfterOneMonth("macro.inflation0=0.05", "fed.inertia=0.9");
        double fast = desiredAfterOneMonth("macro.inflation0=0.05", "fed.inertia=0.5");
        double targetSlow = (slow - 0.9 * RATE0) / 0.1;
        double targetFast = (fast - 0.5 * RATE0) / 0.5;
        assertEquals(targetSlow, targetFast, 1e-12, "both move towards one Taylor target");
        assertEquals(0.03 + 1.5 * 0.5 * 0.03, targetSlow, 1e-12, "r* + pi* + 1.5 x the expected gap (half of 3pp)");
        assertTrue(Math.abs(fast - RATE0) > 4 * Math.abs(slow - RATE0) && Math.abs(slow - RATE0) > 1e-5,
                "less inertia moves further: " + slow + " vs " + fast);
    }

    @Test
    void atTheStartTheFedHoldsTheDecemberRate() {
        AiEconomySim sim = stepped(6, "run.households=100000");
        Fed fed = world(sim).fed();
        assertEquals(RATE0, fed.policyRate(), 0.0, "the rule's target is within half a step of 3.625%");
        assertTrue(Math.abs(fed.desiredRate() - RATE0) < 0.00125, "desired " + fed.desiredRate());
    }

    @Test
    void theFirstDifferenceRuleMovesByAThirdOfHalfTheExpectedInflationGapInTheFirstMonth() {
        String rule = "fed.rule=first-difference";
        assertEquals(RATE0 + 0.5 * 0.5 * (0.05 - 0.02) / 3, desiredAfterOneMonth(rule, "macro.inflation0=0.05"), 1e-15,
                "unemployment has not moved on the year yet, so only the inflation gap counts");
        assertEquals(RATE0, desiredAfterOneMonth(rule, "macro.inflation0=0.02", "macro.unemployment0=0.08"), 0.0,
                "on target: the level of unemployment does not matter, only its change");
        assertTrue(desiredAfterOneMonth("macro.inflation0=0.02", "macro.unemployment0=0.08") < RATE0 - 1e-4,
                "where the Taylor rule cuts for the unemployment gap");
    }

    @Test
    void theRateNeverGoesBelowTheFloorNorMovesMoreThanOneStepInCalm() {
        assertEquals(RATE0 - 0.0025, rateAfterOneMonth("macro.unemployment0=0.3", "fed.inertia=0"), 1e-15);
        AiEconomySim deep = stepped(24, "macro.unemployment0=0.3", "fed.inertia=0", "fed.mildStress=5",
                "fed.moderateStress=5", "fed.severeStress=5");
        assertEquals(0.00875, world(deep).fed().policyRate(), 1e-12,
                "outside the severe tier the rule's cuts stop at fed.moderateFloor (the 0.75-1.00% range)");
        AiEconomySim offGrid = stepped(24, "macro.unemployment0=0.3", "fed.inertia=0", "fed.mildStress=5",
                "fed.moderateStress=5", "fed.severeStress=5", "fed.moderateFloor=0.01");
        assertEquals(0.01125, world(offGrid).fed().policyRate(), 1e-12,
                "a bound between two rates of the grid is taken up to the next: 1% reads as the 1.00-1.25% range");
        AiEconomySim noBound = stepped(24, "macro.unemployment0=0.3", "fed.inertia=0", "fed.mildStress=5",
                "fed.moderateStress=5", "fed.severeStress=5", "fed.moderateFloor=0");
        assertEquals(0.00125, world(noBound).fed().policyRate(), 1e-12);
        assertEquals(0.02, world(stepped(24, "macro.unemployment0=0.3", "fed.inertia=0", "fed.floor=0.02",
                "fed.mildStress=5", "fed.moderateStress=5", "fed.severeStress=5")).fed().policyRate(), 0.0);
    }

    @Test
    void calmMarketsLeaveTheFedOutOfEveryTierAndWithoutQe() {
        AiEconomySim sim = stepped(3);
        Fed fed = world(sim).fed();
        assertEquals(FedTier.NONE, fed.tier(), "stress " + fed.stressIndex());
        assertEquals(0.0, fed.qeTotal(), 0.0);
    }

    @Test
    void theModerateTierCutsFasterThanTheRuleButBuysNoLongBonds() {
        AiEconomySim sim = stepped(1, MODERATE);
        Fed fed = world(sim).fed();
        assertEquals(FedTier.MODERATE, fed.tier());
        assertEquals(RATE0 - 0.0025, fed.policyRate(), 1e-12, "the rule holds; the moderate tier cuts");
        assertEquals(0.0, fed.qeTotal(), 0.0, "no QE outside the severe tier");
        Fed nearFloor = world(stepped(3, with(MODERATE, "fed.floor=0.0345"))).fed();
        assertEquals(0.0345, nearFloor.policyRate(), 1e-12, "cut to the floor");
        assertEquals(0.0, nearFloor.qeTotal(), 0.0, "at the floor, but not severe: still no QE");
    }

    @Test
    void theSevereTierCutsOverMonthsAndBuysLongBondsOnlyAtTheFloorAndWhenQeIsEnabled() {
        AiEconomySim first = stepped(1, SEVERE);
        assertEquals(RATE0 - 0.005, world(first).fed().policyRate(), 1e-12, "50 bp in the first month, not the floor");
        AiEconomySim qe = stepped(9, SEVERE);
        AiEconomySim noQe = stepped(9, with(SEVERE, "fed.qe=off"));
        Fed withQe = world(qe).fed();
        Fed without = world(noQe).fed();
        assertEquals(FedTier.SEVERE, withQe.tier());
        assertEquals(0.00125, withQe.policyRate(), 1e-12, "3.5 points at 50 bp a month: the floor in month 7");
        assertEquals(300.0, withQe.qeTotal(), 1e-9, "qePerMonth from month 7, the first at the floor");
        assertEquals(0.0, without.qeTotal(), 0.0);
        assertEquals(0.00125, without.policyRate(), 1e-12, "the floor does not depend on QE");
        assertTrue(withQe.bondMarketOpen(), "the Fed backstops corporate credit in the severe tier");
        assertFalse(without.bondMarketOpen(), "a Fed that will not use its balance sheet does not");
    }

    @Test
    void qeLowersTheTermPremiumAndTheTenYearYield() {
        AiEconomySim qe = stepped(9, SEVERE);
        AiEconomySim noQe = stepped(9, with(SEVERE, "fed.qe=off"));
        double tpQe = world(qe).bonds().termPremium();
        double tpNo = world(noQe).bonds().termPremium();
        assertEquals(0.004 * 0.3, tpNo - tpQe, 1e-12, "0.4pp per trillion held, 300 bn held");
        assertEquals(tpNo - tpQe, world(noQe).bonds().yield10y() - world(qe).bonds().yield10y(), 1e-12,
                "the same policy path, so the 10-year falls by the term premium");
    }

    @Test
    void qePurchasesGrowTheFedsBalanceSheetAndCreateReserves() {
        AiEconomySim qe = stepped(9, SEVERE);
        AiEconomySim noQe = stepped(9, with(SEVERE, "fed.qe=off"));
        Ledger a = world(qe).ledger();
        Ledger b = world(noQe).ledger();
        int fedA = world(qe).fed().account();
        int fedB = world(noQe).fed().account();
        double treasuries = a.assets(fedA, Instrument.TREASURIES) - b.assets(fedB, Instrument.TREASURIES);
        double fewerBills = world(noQe).fed().billTotal() - world(qe).fed().billTotal();
        assertTrue(fewerBills > 0, "QE's reserves meet part of the reserve demand bills would have met");
        assertEquals(300.0 - fewerBills, treasuries, 1e-6, "the Fed holds what it bought");
        double reserves = a.liabilities(fedA, Instrument.RESERVES) - b.liabilities(fedB, Instrument.RESERVES);
        assertEquals(treasuries, reserves, 1e-6, "paid for with new reserves");
    }

    @Test
    void aQePerMonthEventSetsThePaceForItsDurationThenTheConfiguredPaceHoldsAgain() {
        AiEconomySim sim = MechanismRuns.start("fed.qe=forced",
                "scenario.events=[{type: qe-per-month, when: \"month >= 4\", size: 250, duration: 3}]");
        double[] pace = new double[9];
        double[] bought = new double[9];
        for (int m = 0; m < pace.length; m++) {
            pace[m] = world(sim).fed().parametersInForce().qePerMonth();
            sim.stepMonth();
            bought[m] = last(sim, "qe_flow");
        }
        assertArrayEquals(new double[] {100, 100, 100, 100, 250, 250, 250, 100, 100}, bought, 1e-9,
                "forced QE buys the pace in force: 250 in months 4-6, fed.qePerMonth before and after");
        assertArrayEquals(new double[] {100, 100, 100, 100, 100, 250, 250, 100, 100}, pace, 0.0,
                "read before each month: the event fires at the start of month 4 and holds for 3 decisions");
        assertEquals(100.0, sim.economy().config().fed().qePerMonth(), 0.0, "the config is not changed");
    }

    @Test
    void aTaylorWeightEventFromMonthZeroForTheWholeRunIsTheConfiguredWeight() {
        String[] event = {"scenario.events=[{type: unemployment-weight, when: \"month >= 0\", size: 3, duration: 120}]"};
        AiEconomySim byEvent = MechanismRuns.start(event);
        AiEconomySim byConfig = MechanismRuns.start("fed.unemploymentWeight=3");
        AiEconomySim baseline = MechanismRuns.start();
        boolean weightMatters = false;
        for (int m = 0; m < 24; m++) {
            byEvent.stepMonth();
            byConfig.stepMonth();
            baseline.stepMonth();
            assertArrayEquals(byConfig.economy().lastRow(), byEvent.economy().lastRow(), "month " + m);
            weightMatters |= world(byEvent).fed().desiredRate() != world(baseline).fed().desiredRate();
        }
        assertTrue(weightMatters, "a weight of 3 instead of 1 moves the Fed's desired rate");
    }

    @Test
    void aTaylorWeightEventActsFromItsMonthOnlyAndForItsDurationOnly() {
        AiEconomySim sim = MechanismRuns.start(
                "scenario.events=[{type: inflation-weight, when: \"month >= 6\", size: 3, duration: 4}]");
        AiEconomySim baseline = MechanismRuns.start();
        for (int m = 0; m < 6; m++) {
            sim.stepMonth();
            baseline.stepMonth();
            assertArrayEquals(baseline.economy().lastRow(), sim.economy().lastRow(), "before the event, month " + m);
        }
        double[] weight = new double[6];
        for (int m = 0; m < weight.length; m++) {
            sim.stepMonth();
            baseline.stepMonth();
            weight[m] = world(sim).fed().parametersInForce().inflationWeight();
            if (m == 0) {
                assertTrue(world(sim).fed().ruleRate() > world(baseline).fed().ruleRate() + 1e-6,
                        "the inflation gap is positive, so a larger weight raises the rule's rate in month 6");
            }
        }
        assertArrayEquals(new double[] {3, 3, 3, 0.5, 0.5, 0.5}, weight, 0.0,
                "read after each of months 6-11, the weight the next decision follows: 3 for the decisions of months 6-9,"
                        + " fed.inflationWeight from month 10");
    }

    private static double rateAfterOneMonth(String... sets) {
        return world(stepped(1, sets)).fed().policyRate();
    }

    private static double desiredAfterOneMonth(String... sets) {
        return world(stepped(1, sets)).fed().desiredRate();
    }

    static String[] with(String[] base, String... more) {
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }
}
