package org.aibubble.agents.config;

/** The kinds of optional scenario event, with the unit of their {@code size}. */
public enum EventType {
    /** A cheap open model: the compute price and token prices fall by {@code size} (a share, e.g. 0.4). */
    EFFICIENCY_SHOCK,
    /** The term premium rises by {@code size} (a rate, e.g. 0.015 = 150 bp) for {@code duration} months. */
    TERM_PREMIUM_SHOCK,
    /** Private-credit investors ask to redeem an extra {@code size} of NAV (a share per quarter) for {@code duration} months. */
    REDEMPTION_WAVE,
    /** Grid connections cap new compute capacity at {@code size} of planned additions (a share) for {@code duration} months. */
    POWER_CONSTRAINT,
    /** The QE setting ({@code fed.qe}) is {@code off} for {@code duration} months ({@code size} unused), then as configured. */
    NO_QE,
    /** The QE setting is {@code auto} (the Fed's tiered rule) for {@code duration} months ({@code size} unused), then as configured. */
    QE_AUTO,
    /** The QE setting is {@code forced} (purchases every month) for {@code duration} months ({@code size} unused), then as configured. */
    QE_FORCED,
    /** The economic life of GPUs becomes {@code size} years for new and installed vintages. */
    GPU_LIFE_CHANGE
}
