package org.aibubble.agents.config;

/** The monetary policy rule the Fed follows ({@code fed.rule}; docs/MODEL.md gives each equation). */
public enum MonetaryRuleName {
    /** The inertial Taylor rule: a monthly partial adjustment towards a Taylor (1993)-type target. */
    TAYLOR,
    /** The first-difference rule of Orphanides (2003), as in the Fed's Monetary Policy Report. */
    FIRST_DIFFERENCE
}
