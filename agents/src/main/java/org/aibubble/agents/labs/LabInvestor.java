package org.aibubble.agents.labs;

import java.io.Serializable;

/**
 * The partner of a lab's circular deal: it takes equity in the lab for cash the lab commits to spend on
 * its compute, and may rescue (absorb) the lab.
 */
public interface LabInvestor extends Serializable {
    /** @return its ledger account (holds the stake) */
    int account();

    /** @return its name, for decision logs */
    String name();

    /**
     * Takes equity in a lab, as far as its cash allows.
     *
     * @param month      the month, for its decision log
     * @param labAccount the lab's ledger account
     * @param labName    the lab's name, for its decision log
     * @param amount     the cash asked for, USD bn
     * @return the amount invested, USD bn
     */
    double investInLab(long month, int labAccount, String labName, double amount);
}
