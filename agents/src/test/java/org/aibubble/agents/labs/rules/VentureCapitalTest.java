package org.aibubble.agents.labs.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibubble.agents.labs.VentureCapital;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.ledger.Sector;
import org.junit.jupiter.api.Test;

class VentureCapitalTest {
    @Test
    void theBudgetIsAShareOfTopDepositsScaledByMoodAndRunsDown() {
        Ledger ledger = new Ledger();
        int bank = ledger.open("bank", Sector.BANK);
        ledger.open("fed", Sector.FED);
        int top = ledger.open("households:top", Sector.HOUSEHOLDS);
        ledger.freeze();
        ledger.openClaim(Instrument.DEPOSITS, top, bank, 10_000);
        VentureCapital vc = new VentureCapital(BaselineLabs.behaviour(), ledger, top);
        vc.startMonth(0.02, 0.1);
        double budget = 0.003 * 10_000 * (1 + 3 * 0.02 - 2 * 0.1);
        assertEquals(budget, vc.remaining(), 1e-9);
        assertEquals(10, vc.invest(10), 1e-12);
        assertEquals(budget - 10, vc.invest(1000), 1e-9);
        assertEquals(0, vc.invest(5), 0);
    }
}
