package org.aibubble.agents.firms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibubble.agents.economy.Earnings;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.ledger.Sector;
import org.junit.jupiter.api.Test;

class IncomeStatementTest {
    private final Ledger ledger = new Ledger();
    private final int bank = ledger.open("bank", Sector.BANK);
    private final int fed = ledger.open("fed", Sector.FED);
    private final int owner = ledger.open("households:top", Sector.HOUSEHOLDS);
    private final int government = ledger.open("government", Sector.GOVERNMENT);
    private final int firm = ledger.open("chip-vendor", Sector.CHIP_VENDOR);

    private void open(double cash) {
        ledger.freeze();
        ledger.openClaim(Instrument.DEPOSITS, firm, bank, cash);
        ledger.openClaim(Instrument.EQUITY, owner, firm, 100);
    }

    @Test
    void taxOnProfitThenADividendOfTheSmoothedEarnings() {
        open(100);
        Earnings earnings = new Earnings();
        double afterTax = IncomeStatement.taxAndDividend(ledger, firm, government, 10, 0.2, 0.5, 0.03, 0, earnings);
        assertEquals(8, afterTax, 1e-12);
        assertEquals(2, ledger.income(government, Flow.TAXES), 1e-12);
        assertEquals(0.5 * 8, ledger.income(owner, Flow.DIVIDENDS), 1e-12, "half of a year of 8 a month, over 12");
    }

    @Test
    void aLossPaysNoTaxAndTheDividendNeverDrawsCashBelowTheFloor() {
        open(3);
        Earnings earnings = new Earnings();
        earnings.record(20);
        IncomeStatement.taxAndDividend(ledger, firm, government, -5, 0.2, 1.0, 1, 1, earnings);
        assertEquals(0, ledger.income(government, Flow.TAXES), 0);
        assertEquals(2, ledger.income(owner, Flow.DIVIDENDS), 1e-12, "3 of cash less a floor of 1");
    }

    @Test
    void dividendsCloseTheirAdjustmentOfTheGapToTheTargetEachMonth() {
        open(1000);
        Earnings earnings = new Earnings();
        IncomeStatement.taxAndDividend(ledger, firm, government, 10, 0, 0.5, 0.03, 0, earnings);
        assertEquals(5, ledger.income(owner, Flow.DIVIDENDS), 1e-12, "the first dividend is the target");
        ledger.startMonth();
        IncomeStatement.taxAndDividend(ledger, firm, government, 10 - 12 * 10, 0, 0.5, 0.03, 0, earnings);
        // trailing earnings fall from 120 to 0 a year: the target goes to 0, the dividend by 3% of the gap
        assertEquals(0, earnings.trailing(), 1e-9);
        assertEquals(5 * 0.97, ledger.income(owner, Flow.DIVIDENDS), 1e-12);
    }
}
