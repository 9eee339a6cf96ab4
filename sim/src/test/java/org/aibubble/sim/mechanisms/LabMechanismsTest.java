package org.aibubble.sim.mechanisms;

import static org.aibubble.sim.mechanisms.MechanismRuns.last;
import static org.aibubble.sim.mechanisms.MechanismRuns.start;
import static org.aibubble.sim.mechanisms.MechanismRuns.stepped;
import static org.aibubble.sim.mechanisms.MechanismRuns.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.credit.PrivateCreditFund;
import org.aibubble.agents.economy.World;
import org.aibubble.agents.labs.LabStatus;
import org.aibubble.agents.labs.ModelLab;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.sim.engine.AiEconomySim;
import org.junit.jupiter.api.Test;

/** Model labs: share by training compute, cuts when runway is short, rounds with circular deals, failure. */
class LabMechanismsTest {
    private static final int L1 = 0;
    private static final int L4 = 3;
    /** Every lab seeks a round in the first month and every round closes. */
    private static final String[] ROUND = {"labs.behaviour.roundTriggerMonths=60", "labs.behaviour.roundSuccess=1",
        "labs.behaviour.moodSensitivity=0"};
    /** l4 starts with a month of cash for a large training bill and some debt, finds no round and no rescuer. */
    private static final String[] DOOMED = {"labs.firms[3].cash=1", "labs.firms[3].trainingCompute=30", "labs.firms[3].debt=2",
        "labs.behaviour.roundSuccess=0", "labs.behaviour.absorptionProbability=0"};

    @Test
    void moreTrainingComputeWinsAMarketShare() {
        double base = world(start()).labs().get(L1).marketShare();
        double more = world(start("labs.firms[0].trainingCompute=100")).labs().get(L1).marketShare();
        assertTrue(more > base + 0.03, "share " + base + " -> " + more);
        World w = world(stepped(1, "labs.firms[0].trainingCompute=100"));
        World b = world(stepped(1));
        assertTrue(w.labs().get(L1).revenue() > b.labs().get(L1).revenue(), "and with it revenue");
    }

    @Test
    void aLabShortOfRunwayCutsItsComputePurchases() {
        // training compute held to its cut rule alone: no response to the price the cut itself lowers
        String[] shortRunway = {"labs.behaviour.cutMonths=60", "labs.behaviour.roundTriggerMonths=1",
            "labs.behaviour.roundSuccess=0", "labs.behaviour.trainingPriceElasticity=0"};
        AiEconomySim cuttingRun = stepped(1, shortRunway);
        World cutting = world(cuttingRun);
        double firstMonth = cutting.compute().demand();
        MechanismRuns.step(cuttingRun, 3);
        World growing = world(stepped(4, "labs.behaviour.roundTriggerMonths=1", "labs.behaviour.roundSuccess=0",
                "labs.behaviour.trainingPriceElasticity=0"));
        assertTrue(cutting.compute().demand() < 0.95 * firstMonth,
                "the labs buy less compute month after month: " + firstMonth + " -> " + cutting.compute().demand());
        for (ModelLab lab : cutting.labs()) {
            assertEquals(LabStatus.CUTTING, lab.status(), lab.id() + " runway " + lab.runwayMonths());
        }
        assertTrue(cutting.compute().demand() < 0.9 * growing.compute().demand(),
                "compute bought " + growing.compute().demand() + " -> " + cutting.compute().demand());
    }

    @Test
    void cheaperComputeBuysMoreTrainingComputeWithItsPriceElasticity() {
        AiEconomySim elastic = stepped(2, "labs.behaviour.trainingPriceElasticity=1");
        AiEconomySim rigid = stepped(2, "labs.behaviour.trainingPriceElasticity=0");
        world(elastic).compute().shockPrice(0.5);
        world(rigid).compute().shockPrice(0.5);
        MechanismRuns.step(elastic, 1);
        MechanismRuns.step(rigid, 1);
        double elasticUnits = world(elastic).compute().demand();
        double rigidUnits = world(rigid).compute().demand();
        assertTrue(elasticUnits > 1.3 * rigidUnits,
                "at half the price, elastic labs train on about twice the units: " + rigidUnits + " -> " + elasticUnits);
    }

    @Test
    void aRoundRaisesEquityFromThePartnerAndFromVentureCapital() {
        double stake0 = 0.27;
        World circular = world(stepped(1, FedMechanismsTest.with(ROUND, "labs.behaviour.circularShare=1")));
        World venture = world(stepped(1, FedMechanismsTest.with(ROUND, "labs.behaviour.circularShare=0")));
        World none = world(stepped(1, "labs.behaviour.roundSuccess=0"));
        assertEquals(1, circular.labs().get(L1).rounds());
        assertEquals(0, none.labs().get(L1).rounds());
        assertTrue(partnerStake(circular) > stake0 + 0.02, "the partner buys the round: " + partnerStake(circular));
        assertTrue(partnerStake(venture) < stake0 - 0.01, "venture money dilutes the partner: " + partnerStake(venture));
        assertTrue(circular.labs().get(L1).cash() > none.labs().get(L1).cash() + 5);
        assertTrue(venture.labs().get(L1).cash() > none.labs().get(L1).cash() + 5);
    }

    @Test
    void aFailedLabWritesOffItsEquityAndItsLendersLose() {
        AiEconomySim failing = stepped(1, DOOMED);
        World w = world(failing);
        World alive = world(stepped(1, "labs.firms[3].debt=2"));
        ModelLab lab = w.labs().get(L4);
        Ledger ledger = w.ledger();
        assertEquals(LabStatus.FAILED, lab.status());
        assertEquals(1, w.labRegistry().failures());
        assertEquals(1.0, last(failing, "lab_failures"), 0.0);
        assertEquals(0.0, lab.marketShare(), 0.0);
        int partner = lab.partner().account();
        assertEquals(0.0, ledger.claim(Instrument.EQUITY, partner, lab.account()), 1e-9, "the partner's stake is gone");
        assertTrue(alive.ledger().claim(Instrument.EQUITY, partner, alive.labs().get(L4).account()) > 0);
        assertEquals(0.0, lab.debt(), 1e-9);
        assertTrue(last(failing, "loan_defaults") > 1.5, "most of the 2 bn debt defaults: " + last(failing, "loan_defaults"));
        assertTrue(totalNav(alive) - totalNav(w) > 1.5, "fund NAV " + totalNav(alive) + " -> " + totalNav(w));
        assertEquals(0, alive.labRegistry().failures());
    }

    private static double partnerStake(World w) {
        ModelLab lab = w.labs().get(L1);
        Ledger ledger = w.ledger();
        return ledger.claim(Instrument.EQUITY, lab.partner().account(), lab.account())
                / ledger.liabilities(lab.account(), Instrument.EQUITY);
    }

    private static double totalNav(World w) {
        double nav = 0;
        for (PrivateCreditFund fund : w.funds()) {
            nav += fund.nav();
        }
        return nav;
    }
}
