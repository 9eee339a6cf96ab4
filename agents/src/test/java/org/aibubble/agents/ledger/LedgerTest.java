package org.aibubble.agents.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LedgerTest {
    private Ledger ledger;
    private int bank;
    private int fed;
    private int household;
    private int firm;
    private int government;
    private int chipVendor;

    @BeforeEach
    void open() {
        ledger = new Ledger();
        bank = ledger.open("bank", Sector.BANK);
        fed = ledger.open("fed", Sector.FED);
        household = ledger.open("households:top", Sector.HOUSEHOLDS);
        firm = ledger.open("other-firms", Sector.OTHER_FIRMS);
        government = ledger.open("government", Sector.GOVERNMENT);
        chipVendor = ledger.open("chip-vendor", Sector.CHIP_VENDOR);
        ledger.freeze();
        ledger.openClaim(Instrument.DEPOSITS, household, bank, 100);
        ledger.openClaim(Instrument.DEPOSITS, firm, bank, 50);
        ledger.openClaim(Instrument.TREASURIES, bank, government, 80);
        ledger.openClaim(Instrument.TREASURIES, fed, government, 40);
        ledger.openClaim(Instrument.RESERVES, bank, fed, 40);
        ledger.openRealCapital(firm, 30);
    }

    @Test
    void balancedTransactionsPassTheCheck() {
        ledger.pay(household, firm, 20, Flow.CONSUMPTION);
        ledger.issue(Instrument.EQUITY, household, firm, 10);
        ledger.revalue(Instrument.EQUITY, household, firm, 5);
        ledger.issue(Instrument.CONSUMER_CREDIT, bank, household, 15);
        ledger.transfer(Instrument.TREASURIES, fed, bank, government, 25);
        ledger.pay(fed, bank, 1, Flow.INTEREST);
        ledger.buyRealCapital(firm, chipVendor, 12, Flow.GPU_SALES);
        ledger.depreciate(firm, 3);
        ledger.writeOff(Instrument.CONSUMER_CREDIT, bank, household, 2);
        assertEquals(0, ledger.check(1), 1e-9);
        assertEquals(100 - 20 - 10 + 15, ledger.deposits(household), 1e-12);
        assertEquals(-20 + 5 + 2, ledger.netWorth(household) - 100, 1e-12);
        assertEquals(50 + 20 + 10 - 12, ledger.deposits(firm), 1e-12);
        assertEquals(30 + 12 - 3, ledger.realCapital(firm), 1e-12);
        assertEquals(50 + 30 + 20 - 5 - 3, ledger.netWorth(firm), 1e-12);
        assertEquals(12, ledger.netWorth(chipVendor), 1e-12);
    }

    @Test
    void aPurchaseOfRealCapitalMovesDepositsToTheSellerAsIncomeAndCapitalToTheBuyer() {
        double firmNetWorth = ledger.netWorth(firm);
        ledger.buyRealCapital(firm, chipVendor, 12, Flow.GPU_SALES);
        assertEquals(0, ledger.check(1), 1e-9);
        assertEquals(50 - 12, ledger.deposits(firm), 1e-12);
        assertEquals(30 + 12, ledger.realCapital(firm), 1e-12);
        assertEquals(firmNetWorth, ledger.netWorth(firm), 1e-12, "the buyer swaps money for capital");
        assertEquals(12, ledger.deposits(chipVendor), 1e-12);
        assertEquals(12, ledger.netWorth(chipVendor), 1e-12, "the seller's sale is income");
        assertEquals(12, ledger.income(chipVendor, Flow.GPU_SALES), 1e-12);
        assertEquals(12, ledger.flowTotal(Flow.GPU_SALES), 1e-12);
        assertEquals(50 + 100, ledger.liabilities(bank, Instrument.DEPOSITS), 1e-12, "deposits move, none created");
    }

    @Test
    void aOneSidedPostingFailsNamingInstrumentAndAccount() {
        ledger.postAssetOnly(Instrument.EQUITY, household, 7);
        BooksViolationException e = assertThrows(BooksViolationException.class, () -> ledger.check(3));
        assertTrue(e.getMessage().contains("month 3"), e.getMessage());
        assertTrue(e.getMessage().contains("households:top"), e.getMessage());
        assertEquals(3, e.tick());
    }

    @Test
    void aClaimPostedWithoutItsCounterpartFailsTheNetWorthCheck() {
        ledger.post(Instrument.CORPORATE_BONDS, household, firm, 12);
        BooksViolationException e = assertThrows(BooksViolationException.class, () -> ledger.check(5));
        assertTrue(e.getMessage().contains("households:top") || e.getMessage().contains("other-firms"), e.getMessage());
    }

    @Test
    void depositsPostedWithoutAMoneyMovementFailTheMoneyCheck() {
        // every balance sheet still balances (the bank holds a bond, the firm owes it), but the deposits
        // were not created by a payment of the bank: the money check must catch it
        ledger.post(Instrument.CORPORATE_BONDS, bank, firm, 9);
        ledger.post(Instrument.DEPOSITS, firm, bank, 9);
        BooksViolationException e = assertThrows(BooksViolationException.class, () -> ledger.check(7));
        assertTrue(e.getMessage().contains("DEPOSITS"), e.getMessage());
    }

    @Test
    void bankLendingAndFedPurchasesCreateMoneyThatTheCheckAccepts() {
        double depositsBefore = ledger.deposits(household) + ledger.deposits(firm);
        ledger.issue(Instrument.CONSUMER_CREDIT, bank, household, 30);
        ledger.transfer(Instrument.TREASURIES, fed, bank, government, 10);
        assertEquals(0, ledger.check(2), 1e-9);
        assertEquals(depositsBefore + 30, ledger.deposits(household) + ledger.deposits(firm), 1e-12);
        assertEquals(50, ledger.assets(bank, Instrument.RESERVES), 1e-12);
    }

    @Test
    void flowsAreTalliedPerMonth() {
        ledger.pay(firm, household, 4, Flow.WAGES);
        assertEquals(4, ledger.income(household, Flow.WAGES), 1e-12);
        assertEquals(4, ledger.spending(firm, Flow.WAGES), 1e-12);
        ledger.startMonth();
        assertEquals(0, ledger.flowTotal(Flow.WAGES), 1e-12);
    }

    @Test
    void negativeOrNonFiniteAmountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ledger.pay(household, firm, -1, Flow.CONSUMPTION));
        assertThrows(IllegalArgumentException.class, () -> ledger.pay(household, firm, Double.NaN, Flow.CONSUMPTION));
    }
}
