package org.aibubble.sim.sweep.table;

import java.util.Locale;

/** How a run of a sweep ended; written in lower case in {@code runs.csv}. */
public enum RunStatus {
    /** The run finished and its summary metrics are recorded. */
    OK,
    /** The run stopped with an error (books out of balance, a numerical blow-up); the metrics are empty. */
    FAILED;

    /** @return the spelling in {@code runs.csv} */
    public String csvName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the status spelled {@code text} in {@code runs.csv} */
    public static RunStatus parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
