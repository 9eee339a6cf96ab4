package org.aibubble.sim.run;

import java.util.Locale;

/** Where a run stands; written to {@code manifest.json} in lower case. */
public enum RunStatus {
    /** Started and not finished (or killed before it could say otherwise). */
    RUNNING,
    /** Every month simulated and the books balanced every month. */
    COMPLETE,
    /** Stopped early: the books did not balance, a number blew up, or the model threw. */
    FAILED;

    /** @return the lower-case name used in files */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
