package org.aibubble.sim.sweep.table;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of {@code runs.csv}: which run, with which seed and parameter values, how it ended and
 * its summary metrics.
 *
 * @param runId      the stable id of the run, {@code pointId * replicates + replicate}
 * @param pointId    the design point, 0-based
 * @param replicate  the replicate at that point, 0-based
 * @param seed       the run's own seed
 * @param status     how the run ended
 * @param parameters the varied parameters' values as applied to the config, in sweep order
 * @param metrics    the summary metrics in schema order; null entries are empty (e.g. no bust), and
 *                   a failed run has all of them null
 * @param error      one line saying why a run failed; empty for a run that finished
 */
public record RunRecord(long runId, int pointId, int replicate, long seed, RunStatus status,
                        List<String> parameters, List<Double> metrics, String error) {
    /** Copies the lists and flattens the error to one line. */
    public RunRecord {
        parameters = List.copyOf(parameters);
        metrics = Collections.unmodifiableList(new ArrayList<>(metrics));
        error = error == null ? "" : error.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }

    /** @return whether the run finished */
    public boolean ok() {
        return status == RunStatus.OK;
    }
}
