package org.aibubble.sim.run;

import java.util.List;

/** Told after each simulated month; called on the thread that runs the simulation. */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that does nothing. */
    ProgressListener NONE = (monthsDone, totalMonths, columns, row) -> {
    };

    /**
     * @param monthsDone  months simulated so far (1 after the first month)
     * @param totalMonths the horizon of the run
     * @param columns     the series columns (the same list every call)
     * @param row         the month's values, aligned with {@code columns}; a private copy
     */
    void monthDone(int monthsDone, int totalMonths, List<String> columns, double[] row);
}
