package org.aibubble.agents.ledger;

/** The sectors of the balance-sheet matrix; each ledger account belongs to one. */
public enum Sector {
    HOUSEHOLDS, HYPERSCALERS, LABS, PRIVATE_CREDIT, CHIP_VENDOR, OTHER_FIRMS, SOFTWARE_BORROWERS, BANK, GOVERNMENT, FED
}
