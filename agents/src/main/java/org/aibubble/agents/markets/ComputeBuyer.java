package org.aibubble.agents.markets;

import java.io.Serializable;

/** A buyer of compute on the {@link ComputeMarket}: a ledger account, perhaps committed to a partner seller. */
public interface ComputeBuyer extends Serializable {
    /** @return its ledger account (pays for compute) */
    int account();

    /** @return the account of the seller it has committed part of its spending to (a circular deal), or -1 */
    int partnerAccount();
}
