package org.aibubble.agents.credit;

/**
 * A private-credit borrower as the private-credit market sees it: an account whose loans fall due,
 * that may ask for new loans and that books what it is lent.
 */
public interface CreditDemander {
    /** @return the borrower's ledger account */
    int account();

    /** @return new private credit the borrower asks for this month, USD bn (0 if none) */
    double creditWanted();

    /**
     * Books a new loan of {@code amount} from {@code lender} in the ledger.
     *
     * @param lender the fund's account
     * @param amount USD bn
     */
    void borrow(int lender, double amount);

    /**
     * Settles this month's maturing loans after the funds rolled over {@code rollShare} of every
     * borrower's maturities: the rest is repaid (or, for a borrower that cannot, defaulted).
     *
     * @param month     the current month
     * @param maturing  this borrower's loans falling due this month, USD bn
     * @param rollShare the share of maturities the funds rolled over (0-1)
     */
    void settleMaturing(long month, double maturing, double rollShare);
}
