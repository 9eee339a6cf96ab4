package org.aibubble.agents.firms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.aibubble.agents.config.HyperscalerParams;
import org.aibubble.agents.economy.Accounts;
import org.aibubble.agents.economy.Distress;
import org.aibubble.agents.firms.rules.BaselineCapex;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.ledger.Sector;
import org.aibubble.agents.markets.SpreadCurve;
import org.junit.jupiter.api.Test;

/** One hyperscaler on a small ledger, stepped with hand-made inputs: no economy, no World. */
class HyperscalerTest {
    private final Ledger ledger = new Ledger();
    private final int bank = ledger.open("bank", Sector.BANK);
    private final int fed = ledger.open("fed", Sector.FED);
    private final int household = ledger.open("households:top", Sector.HOUSEHOLDS);
    private final int firms = ledger.open("other-firms", Sector.OTHER_FIRMS);
    private final int chip = ledger.open("chip-vendor", Sector.CHIP_VENDOR);
    private final int government = ledger.open("government", Sector.GOVERNMENT);
    private final int account = ledger.open("hyperscaler:h", Sector.HYPERSCALERS);

    private Hyperscaler firm(double cash, double maxLeverage) {
        ledger.freeze();
        ledger.openClaim(Instrument.DEPOSITS, account, bank, cash);
        ledger.openClaim(Instrument.DEPOSITS, household, bank, 1000);
        ledger.openClaim(Instrument.EQUITY, household, account, 1000);
        ledger.openClaim(Instrument.CORPORATE_BONDS, bank, account, 20);
        HyperscalerParams p = new HyperscalerParams("h", null, 240, 0.3, 120, cash, 20, 0, 60, 60, 1000, 0.5,
                maxLeverage, "none", 0, 1.0);
        BondBuyers buyers = new BondBuyers(0.5, List.of(new BondBuyers.Group(household, 1.0)), 0.02);
        Hyperscaler h = new Hyperscaler(p, BaselineCapex.capex(), BaselineCapex.funding(), 0.21, 1, ledger, account,
                new Accounts(bank, fed, government, firms, chip, -1, household, -1, -1, List.of(account), List.of(),
                        List.of()), buyers, new SpreadCurve(0.01, 0.004, 0, 0), 100);
        h.openFleet();
        h.setComputeOpex(0.01);
        ledger.openRealCapital(account, 120);
        return h;
    }

    private static HyperscalerInputs inputs(double consumption, double demandGrowth) {
        return new HyperscalerInputs(0, consumption, 1.0, 0.04, 0.08, true, demandGrowth, 0.02, 0.8, 0.47, 0,
                new SpreadCurve(0.01, 0.004, 0, 0));
    }

    @Test
    void theCoreBusinessMovesWithConsumptionAndCapexGoesToTheChipVendorAndBuilders() {
        Hyperscaler h = firm(200, 3);
        h.step(inputs(110, 0.47));
        assertEquals(240 / 12.0 * 1.1, h.coreRevenueDue(), 1e-12);
        double gpu = ledger.income(chip, Flow.GPU_SALES);
        double shells = ledger.income(firms, Flow.CONSTRUCTION);
        assertTrue(gpu > 0 && shells > 0, "GPUs delivered and shell instalments paid");
        assertEquals(h.capex(), gpu + shells, 1e-9, "what is spent is what falls due");
        assertTrue(h.plannedCapex() > h.capex(), "a growing firm's orders run ahead of its spending");
        assertTrue(ledger.spending(account, Flow.INTEREST) > 0, "bond interest paid");
    }

    @Test
    void higherExpectedDemandMeansMoreCapex() {
        Hyperscaler low = firm(200, 3);
        low.step(inputs(100, 0.0));
        HyperscalerTest other = new HyperscalerTest();
        Hyperscaler high = other.firm(200, 3);
        high.step(inputs(100, 2.0));
        assertTrue(high.capexDrivers().desired() > low.capexDrivers().desired(),
                high.capexDrivers() + " against " + low.capexDrivers());
    }

    @Test
    void shortOfCashItIssuesBondsThenAsksPrivateCredit() {
        Hyperscaler h = firm(5, 3);
        h.step(inputs(100, 0.47));
        assertTrue(ledger.liabilities(account, Instrument.CORPORATE_BONDS) > 20, "bonds issued");
        assertTrue(ledger.claim(Instrument.CORPORATE_BONDS, household, account) > 0, "households took a part");
        HyperscalerTest other = new HyperscalerTest();
        Hyperscaler closed = other.firm(5, 0);
        closed.step(inputs(100, 0.47));
        assertEquals(20, other.ledger.liabilities(other.account, Instrument.CORPORATE_BONDS), 1e-12);
        assertTrue(closed.privateCreditWanted() > 0, "no bond market at its leverage: private credit");
    }

    @Test
    void aDefaultedFirmReorganisesThenEmergesOnceItsDepositsArePositive() {
        Hyperscaler h = firm(200, 3);
        h.step(inputs(100, 0.47));
        ledger.pay(account, household, ledger.deposits(account) + 500, Flow.DIVIDENDS);
        h.settle(0);
        assertEquals(Distress.FAILED, h.distress(), "deposits far below its buffer: a default");
        assertEquals(20 * 0.7, ledger.liabilities(account, Instrument.CORPORATE_BONDS), 1e-9, "30% written off");
        for (int m = 1; m <= 20; m++) {
            h.settle(m);
        }
        assertEquals(Distress.FAILED, h.distress(), "still overdrawn: it stays in reorganisation");
        ledger.pay(household, account, 1000 - ledger.deposits(account), Flow.DIVIDENDS);
        h.settle(21);
        assertTrue(h.distress() != Distress.FAILED, "a year has passed and its deposits are positive: it emerges");
        double plan = h.plannedCapex();
        h.step(inputs(100, 2.0));
        assertTrue(h.plannedCapex() > plan, "out of reorganisation its plan can rise again: " + plan + " -> "
                + h.plannedCapex());
    }
}
