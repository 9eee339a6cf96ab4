package org.aibubble.sim.mechanisms;

import static org.aibubble.sim.mechanisms.MechanismRuns.start;
import static org.aibubble.sim.mechanisms.MechanismRuns.step;
import static org.aibubble.sim.mechanisms.MechanismRuns.stepped;
import static org.aibubble.sim.mechanisms.MechanismRuns.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.aibubble.agents.config.EventType;
import org.aibubble.agents.economy.World;
import org.aibubble.agents.firms.CapexDrivers;
import org.aibubble.agents.firms.Hyperscaler;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.sim.engine.AiEconomySim;
import org.junit.jupiter.api.Test;

/**
 * Hyperscalers' capex rule (expected demand, the arms race, Tobin's q, return against the cost of capital),
 * the funding order and the power constraint.
 */
class HyperscalerMechanismsTest {
    private static final int H1 = 0;
    private static final int H5 = 4;

    @Test
    void capexRisesWithExpectedComputeDemand() {
        Hyperscaler fast = firm(stepped(8, "labs.behaviour.trainingGrowth=10"), H1);
        Hyperscaler slow = firm(stepped(8, "labs.behaviour.trainingGrowth=1"), H1);
        assertTrue(fast.expectedDemandGrowth() > slow.expectedDemandGrowth());
        assertTrue(fast.capexDrivers().demand() > slow.capexDrivers().demand() + 0.05);
        assertTrue(fast.capex() > slow.capex(), "capex " + slow.capex() + " -> " + fast.capex());
        Hyperscaler deaf = firm(stepped(1, "hyperscalers.capex.demandWeight=0"), H1);
        assertEquals(0.0, deaf.capexDrivers().demand(), 0.0);
    }

    @Test
    void fallingBehindRivalsIsAnsweredMoreStronglyThanBeingAhead() {
        // h1 decides first each month, so its rivals' year-on-year capex growth can be read before the month.
        // Over seeds until h1 has been both behind and ahead in some months (at most 40 seeds), whatever one path does.
        int behindMonths = 0;
        int aheadMonths = 0;
        for (long seed = MechanismRuns.SEED; seed < MechanismRuns.SEED + 40 && (behindMonths == 0 || aheadMonths == 0);
                seed++) {
            AiEconomySim sim = new AiEconomySim(MechanismRuns.config(seed));
            sim.start();
            World w = world(sim);
            for (int m = 0; m < 36; m++) {
                List<Hyperscaler> firms = w.hyperscalers();
                double rivals = 0;
                for (int i = 1; i < firms.size(); i++) {
                    rivals += firms.get(i).capexGrowth() / (firms.size() - 1);
                }
                double behind = rivals - firms.get(H1).capexGrowth();
                step(sim, 1);
                double term = firms.get(H1).capexDrivers().armsRace();
                double weight = behind > 0 ? 0.5 : 0.3 * 0.5;
                assertEquals(weight * behind, term, 1e-12, "seed " + seed + " month " + m + ", behind by " + behind);
                behindMonths += behind > 0 ? 1 : 0;
                aheadMonths += behind < 0 ? 1 : 0;
            }
        }
        assertTrue(behindMonths > 0 && aheadMonths > 0, "both cases met: " + behindMonths + ", " + aheadMonths);
    }

    @Test
    void rivalsCapexPullsALaggardUpAndALeaderDown() {
        World none = world(stepped(2, "hyperscalers.capex.rivalWeight=0"));
        World race = world(stepped(2, "hyperscalers.capex.rivalWeight=2"));
        assertTrue(race.hyperscalers().get(H5).capexDrivers().desired()
                > none.hyperscalers().get(H5).capexDrivers().desired(), "the builder behind its rivals wants more");
        assertTrue(race.hyperscalers().get(H1).capexDrivers().desired()
                < none.hyperscalers().get(H1).capexDrivers().desired(), "the leader ahead of its rivals eases off");
    }

    @Test
    void aRisingSharePricePushesCapexUp() {
        String[] sets = {"markets.equityNoise=0", "markets.fundamentalistNoise=0", "markets.trendNoise=0", "hyperscalers.capex.qWeight=2", "markets.aiGrowthPremium=0"};
        Hyperscaler rising = firm(stepped(6, with(sets, "markets.initialMispricing=-0.4")), H1);
        Hyperscaler falling = firm(stepped(6, with(sets, "markets.initialMispricing=0.4")), H1);
        assertTrue(rising.capexDrivers().tobinsQ() > 0 && falling.capexDrivers().tobinsQ() < 0);
        assertTrue(rising.capex() > falling.capex(), "capex " + falling.capex() + " vs " + rising.capex());
        Hyperscaler blind = firm(stepped(6, "markets.equityNoise=0", "markets.fundamentalistNoise=0", "markets.trendNoise=0", "hyperscalers.capex.qWeight=0",
                "markets.initialMispricing=-0.4"), H1);
        assertEquals(0.0, blind.capexDrivers().tobinsQ(), 0.0);
    }

    @Test
    void aHigherCostOfCapitalCutsDesiredCapexThroughTheReturnTerm() {
        CapexDrivers calm = drivers("hyperscalers.capex.returnWeight=1", false);
        CapexDrivers dear = drivers("hyperscalers.capex.returnWeight=1", true);
        assertEquals(-0.03, dear.returnGap() - calm.returnGap(), 1e-12, "return weight times the 3pp dearer capital");
        assertTrue(dear.desired() < calm.desired());
        CapexDrivers deafCalm = drivers("hyperscalers.capex.returnWeight=0", false);
        CapexDrivers deafDear = drivers("hyperscalers.capex.returnWeight=0", true);
        assertEquals(deafCalm.desired(), deafDear.desired(), 0.0, "without the return term the shock does not reach capex");
    }

    @Test
    void aFirmWithoutBondCapacityTurnsToPrivateCredit() {
        World base = world(stepped(3));
        World roomy = world(stepped(3, "hyperscalers.firms[4].maxLeverage=10"));
        Hyperscaler capped = base.hyperscalers().get(H5);
        Hyperscaler open = roomy.hyperscalers().get(H5);
        double bondsCapped = base.ledger().liabilities(capped.account(), Instrument.CORPORATE_BONDS);
        double bondsOpen = roomy.ledger().liabilities(open.account(), Instrument.CORPORATE_BONDS);
        assertEquals(96.0, bondsCapped, 1e-9, "at its leverage limit: no new bonds");
        assertTrue(bondsOpen > 96.0, "room under the limit: bonds first");
        // the funds meet the request within the month, so what is left wanted is 0: the loans show it
        double loansCappedFirm = base.ledger().liabilities(capped.account(), Instrument.PRIVATE_CREDIT_LOANS);
        double loansOpenFirm = roomy.ledger().liabilities(open.account(), Instrument.PRIVATE_CREDIT_LOANS);
        assertTrue(loansCappedFirm > loansOpenFirm + 0.1, "the capped firm borrows private credit, the open one bonds: "
                + loansOpenFirm + " vs " + loansCappedFirm);
        // the builder asks private credit (base above); funds with cash to spare lend it all, funds without
        // cash lend less and, short of their cash target, ask part of its maturities back
        World liquid = world(stepped(3, "privateCredit.funds[0].cashShare=0.3", "privateCredit.funds[1].cashShare=0.3",
                "privateCredit.funds[2].cashShare=0.3", "privateCredit.funds[3].cashShare=0.3",
                "privateCredit.funds[4].cashShare=0.3", "privateCredit.funds[5].cashShare=0.3"));
        World dry = world(stepped(3, "privateCredit.funds[0].cashShare=0", "privateCredit.funds[1].cashShare=0",
                "privateCredit.funds[2].cashShare=0", "privateCredit.funds[3].cashShare=0",
                "privateCredit.funds[4].cashShare=0", "privateCredit.funds[5].cashShare=0"));
        Hyperscaler served = liquid.hyperscalers().get(H5);
        double loansServed = liquid.ledger().liabilities(served.account(), Instrument.PRIVATE_CREDIT_LOANS);
        double loansCapped = dry.ledger().liabilities(dry.hyperscalers().get(H5).account(), Instrument.PRIVATE_CREDIT_LOANS);
        assertEquals(0.0, served.privateCreditWanted(), 1e-12, "funds with cash meet the request");
        assertTrue(loansServed > loansCapped, "funds with cash lend it: " + loansCapped + " -> " + loansServed);
        assertEquals(96.0, liquid.ledger().liabilities(served.account(), Instrument.CORPORATE_BONDS), 1e-9);
        assertEquals(0.0, open.privateCreditWanted(), 0.0);
        Hyperscaler cashRich = base.hyperscalers().get(H1);
        assertEquals(45.0, base.ledger().liabilities(cashRich.account(), Instrument.CORPORATE_BONDS), 1e-9,
                "a cash-rich firm pays from cash");
        assertEquals(0.0, cashRich.privateCreditWanted(), 0.0);
    }

    @Test
    void aPowerConstraintCapsNewCapacity() {
        AiEconomySim free = start();
        AiEconomySim capped = start();
        world(capped).events().fireNow(EventType.POWER_CONSTRAINT, 0.5, 6);
        step(free, 1);
        step(capped, 1);
        Hyperscaler a = firm(free, H1);
        Hyperscaler b = firm(capped, H1);
        assertEquals(a.plannedCapex(), b.plannedCapex(), 0.0, "the decision is the same");
        assertTrue(b.powerCapped());
        double gpusDelivered = world(free).ledger().income(world(free).chipVendor().account(), Flow.GPU_SALES);
        double gpusConnected = world(capped).ledger().income(world(capped).chipVendor().account(), Flow.GPU_SALES);
        assertEquals(0.5 * gpusDelivered, gpusConnected, 1e-9 * gpusDelivered, "half of the GPUs due are connected");
        assertTrue(a.gpuBook() - b.gpuBook() > 0, "and the rest is not installed");
        assertTrue(b.capacity() < a.capacity());
        assertEquals(a.capexDue(), b.capexDue(), 1e-9, "the same commitments fell due");
        assertEquals(0.5 * b.capexDue(), b.capex(), 1e-9, "capex counts what is spent, half of what fell due");
        assertEquals(a.capexDue(), a.capex(), 0.0, "without a cap what falls due is spent");
    }

    /** capex_total (the hyperscalers' capex) is what the chip vendor and the builders of shells were paid. */
    @Test
    void underAPowerConstraintCapexIsWhatWasSpentNotWhatWasPlanned() {
        AiEconomySim capped = start();
        World w = world(capped);
        w.events().fireNow(EventType.POWER_CONSTRAINT, 0.5, 6);
        for (int m = 0; m < 3; m++) {
            step(capped, 1);
            double capex = 0;
            double due = 0;
            for (Hyperscaler h : w.hyperscalers()) {
                capex += h.capex();
                due += h.capexDue();
            }
            double paid = w.ledger().income(w.chipVendor().account(), Flow.GPU_SALES)
                    + w.ledger().income(w.otherFirms().account(), Flow.CONSTRUCTION);
            assertEquals(paid, capex, 1e-9 * paid, "month " + m + ": capex equals GPU and shell purchases");
            assertEquals(0.5 * due, capex, 1e-9 * due, "month " + m + ": half of what fell due is connected");
        }
    }

    private static CapexDrivers drivers(String weight, boolean dearCapital) {
        AiEconomySim sim = start(weight);
        if (dearCapital) {
            world(sim).events().fireNow(EventType.TERM_PREMIUM_SHOCK, 0.03, 12);
        }
        step(sim, 1);
        return firm(sim, H1).capexDrivers();
    }

    private static Hyperscaler firm(AiEconomySim sim, int index) {
        return world(sim).hyperscalers().get(index);
    }

    private static String[] with(String[] base, String... more) {
        return FedMechanismsTest.with(base, more);
    }
}
