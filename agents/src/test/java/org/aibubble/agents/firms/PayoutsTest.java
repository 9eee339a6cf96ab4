package org.aibubble.agents.firms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.ledger.Sector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pro-rata helpers on an issuer with two holders owning 75 and 25 of its loans. */
class PayoutsTest {
    private Ledger ledger;
    private int big;
    private int small;
    private int issuer;

    @BeforeEach
    void open() {
        ledger = new Ledger();
        int bank = ledger.open("bank", Sector.BANK);
        ledger.open("fed", Sector.FED);
        big = ledger.open("fund:a", Sector.PRIVATE_CREDIT);
        small = ledger.open("fund:b", Sector.PRIVATE_CREDIT);
        issuer = ledger.open("software-borrowers", Sector.SOFTWARE_BORROWERS);
        ledger.freeze();
        ledger.openClaim(Instrument.DEPOSITS, issuer, bank, 40);
        ledger.openClaim(Instrument.PRIVATE_CREDIT_LOANS, big, issuer, 75);
        ledger.openClaim(Instrument.PRIVATE_CREDIT_LOANS, small, issuer, 25);
    }

    @Test
    void paymentsAreSharedByHoldings() {
        Payouts.proRata(ledger, Instrument.PRIVATE_CREDIT_LOANS, issuer, 8, Flow.INTEREST);
        assertEquals(6, ledger.income(big, Flow.INTEREST), 1e-12);
        assertEquals(2, ledger.income(small, Flow.INTEREST), 1e-12);
        assertEquals(32, ledger.deposits(issuer), 1e-12);
    }

    @Test
    void redemptionsAndWriteOffsShrinkEveryClaimAlike() {
        Payouts.proRataRedeem(ledger, Instrument.PRIVATE_CREDIT_LOANS, issuer, 20);
        assertEquals(60, ledger.claim(Instrument.PRIVATE_CREDIT_LOANS, big, issuer), 1e-12);
        assertEquals(20, ledger.claim(Instrument.PRIVATE_CREDIT_LOANS, small, issuer), 1e-12);
        assertEquals(20, ledger.deposits(issuer), 1e-12, "the issuer pays the redemption");
        assertEquals(8, Payouts.writeOffShare(ledger, Instrument.PRIVATE_CREDIT_LOANS, issuer, 0.1), 1e-12);
        assertEquals(54, ledger.claim(Instrument.PRIVATE_CREDIT_LOANS, big, issuer), 1e-12);
        assertEquals(0, ledger.check(0), 1e-9, "the books still balance");
    }

    @Test
    void revaluationSkipsTheExceptedHolder() {
        Payouts.revalueAll(ledger, Instrument.PRIVATE_CREDIT_LOANS, issuer, 0.2, small);
        assertEquals(90, ledger.claim(Instrument.PRIVATE_CREDIT_LOANS, big, issuer), 1e-12);
        assertEquals(25, ledger.claim(Instrument.PRIVATE_CREDIT_LOANS, small, issuer), 1e-12);
    }
}
