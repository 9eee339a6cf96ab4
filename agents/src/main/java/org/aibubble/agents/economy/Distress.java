package org.aibubble.agents.economy;

/** How an agent is doing, for the network display and inspectors. */
public enum Distress {
    /** Paying its way. */
    HEALTHY,
    /** Short runway, high leverage, losses or a cut: at risk. */
    STRESSED,
    /** A private-credit fund paying only up to its gate. */
    GATED,
    /** Failed (a lab) or defaulted. */
    FAILED
}
