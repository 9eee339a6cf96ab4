package org.aibubble.sim.sweep.spec;

/** How a range parameter spreads its values between {@code min} and {@code max}. */
public enum Scale {
    /** Evenly in the value itself. */
    LINEAR,
    /** Evenly in the logarithm of the value (for quantities spanning orders of magnitude; min > 0). */
    LOG
}
