package org.aibubble.sim.sweep.exec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one run produced: its summary metrics, or the reason it failed; and, when asked for, its
 * monthly series.
 *
 * @param metrics       the summary metrics in the model's metric order (null entries for "none",
 *                      e.g. no bust); empty for a failed run
 * @param error         one line saying why the run failed; null for a run that finished
 * @param seriesColumns the names of the monthly series columns (empty when not kept)
 * @param seriesRows    one array per month aligned with {@code seriesColumns} (empty when not kept)
 */
public record RunOutcome(List<Double> metrics, String error, List<String> seriesColumns, List<double[]> seriesRows) {
    /** Copies the lists. */
    public RunOutcome {
        metrics = Collections.unmodifiableList(new ArrayList<>(metrics));
        seriesColumns = List.copyOf(seriesColumns);
        seriesRows = List.copyOf(seriesRows);
    }

    /** @return a failed run's outcome */
    public static RunOutcome failed(String error) {
        return new RunOutcome(List.of(), error, List.of(), List.of());
    }

    /** @return whether the run finished */
    public boolean ok() {
        return error == null;
    }
}
