package org.aibubble.agents.policy;

/** The Fed's escalation tiers, by the financial-stress index (see docs/MODEL.md). */
public enum FedTier {
    /** No stress worth a word. */
    NONE,
    /** Tech drawdown, volatility: words only; the fall is tolerated. */
    MILD,
    /** Spreads widen, credit tightens: faster cuts, liquidity, larger reserve-management purchases. */
    MODERATE,
    /** Recession, unemployment up sharply: cut to the floor and QE. */
    SEVERE
}
