package org.aibubble.agents.config;

/** The three groups of the K: asset holders, the middle, and the wage-dependent bottom. */
public enum HouseholdGroup {
    TOP, MIDDLE, BOTTOM
}
