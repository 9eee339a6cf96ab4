package org.aibubble.agents.labs;

/** A lab's state of life. */
public enum LabStatus {
    /** Growing its training compute. */
    ACTIVE,
    /** Runway short: cutting compute purchases. */
    CUTTING,
    /** Failed: its equity is worthless, its lenders took their recovery. */
    FAILED
}
