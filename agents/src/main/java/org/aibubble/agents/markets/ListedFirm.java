package org.aibubble.agents.markets;

/** A firm whose equity trades on the equity market (hyperscalers, the chip vendor, other firms). */
public interface ListedFirm {
    /** @return the ledger account of the issuer */
    int account();

    /** @return the display name */
    String name();

    /** @return whether the firm belongs to the AI index */
    boolean aiIndexMember();

    /** @return earnings over the last twelve months, USD bn (annual) */
    double trailingEarnings();
}
