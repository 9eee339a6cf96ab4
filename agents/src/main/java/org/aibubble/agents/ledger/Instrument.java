package org.aibubble.agents.ledger;

/**
 * The financial instruments of the balance-sheet matrix (docs/MODEL.md). Every claim is an asset of
 * its holder and a liability of its issuer; amounts are in USD billions at book or market value as
 * stated per instrument.
 */
public enum Instrument {
    /** Bank deposits: held by every non-bank, issued by the bank. Money. */
    DEPOSITS,
    /** Central-bank reserves: held by the bank, issued by the Fed. Money (base). */
    RESERVES,
    /** Government bonds and bills (and, for the Fed, agency MBS bought in QE), at face value. */
    TREASURIES,
    /** Corporate bonds, at face value, issued by hyperscalers and the rest of the corporate sector. */
    CORPORATE_BONDS,
    /** Private-credit loans, at the lender's mark, issued (owed) by builders' vehicles, labs and software borrowers. */
    PRIVATE_CREDIT_LOANS,
    /** Private-credit fund units, at NAV, issued by the funds and held by top-group households. */
    FUND_UNITS,
    /** Equity at market value (listed firms) or last round price (labs). */
    EQUITY,
    /** Card and other consumer credit, owed by households to the bank. */
    CONSUMER_CREDIT;

    /** @return whether this instrument is money (deposits or reserves) */
    public boolean isMoney() {
        return this == DEPOSITS || this == RESERVES;
    }
}
