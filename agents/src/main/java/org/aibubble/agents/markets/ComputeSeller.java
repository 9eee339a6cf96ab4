package org.aibubble.agents.markets;

import java.io.Serializable;

/** A seller of compute on the {@link ComputeMarket}: a ledger account with live capacity. */
public interface ComputeSeller extends Serializable {
    /** @return its ledger account (paid for compute) */
    int account();

    /** @return its live compute capacity, units */
    double capacity();
}
