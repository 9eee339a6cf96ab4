package org.aibubble.sim.sweep.spec;

/** Which outputs of each run a sweep keeps. */
public enum OutputsKept {
    /** One row of summary metrics per run in {@code runs.csv}. */
    SUMMARY,
    /** The summary row plus each run's monthly series in {@code series/run-NNNNNN.csv}. */
    SERIES
}
