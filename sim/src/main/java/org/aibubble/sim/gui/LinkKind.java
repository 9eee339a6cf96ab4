package org.aibubble.sim.gui;

import java.awt.Color;
import java.util.List;

import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Sector;

/**
 * The kinds of financial link the network display draws, with their colours: compute contracts (a
 * monthly flow from a lab to its partner hyperscaler) and claims of one ledger instrument (optionally
 * only for holders in one sector). Money (deposits, reserves), government debt and
 * households' direct equity are left out: they link everyone to everyone and would hide contagion.
 */
enum LinkKind {
    /** A lab's compute purchases from its partner hyperscaler (weight: this month's bill, USD bn). */
    COMPUTE_CONTRACT(null, Sector.LABS, new Color(20, 160, 160)),
    /** A hyperscaler's equity stake in a lab (the circular deals). */
    EQUITY_STAKE(Instrument.EQUITY, Sector.HYPERSCALERS, new Color(30, 110, 220)),
    /** A private-credit loan from a fund to a builder's vehicle, a lab or a software borrower. */
    PRIVATE_CREDIT_LOAN(Instrument.PRIVATE_CREDIT_LOANS, null, new Color(200, 90, 30)),
    /** Households' units in a private-credit fund. */
    FUND_UNITS(Instrument.FUND_UNITS, null, new Color(120, 120, 120));

    /** The kinds drawn from ledger claims (all but compute contracts, which are flows). */
    static final List<LinkKind> CLAIMS = List.of(EQUITY_STAKE, PRIVATE_CREDIT_LOAN, FUND_UNITS);

    private final Instrument instrument;
    private final Sector holderSector;
    private final Color colour;

    LinkKind(Instrument instrument, Sector holderSector, Color colour) {
        this.instrument = instrument;
        this.holderSector = holderSector;
        this.colour = colour;
    }

    /** @return the ledger instrument the link is drawn from (null for compute contracts) */
    Instrument instrument() {
        return instrument;
    }

    /** @return whether a claim held by an account of {@code holder} is drawn as this kind */
    boolean drawsHolder(Sector holder) {
        return holderSector == null || holderSector == holder;
    }

    /** @return the line colour */
    Color colour() {
        return colour;
    }
}
