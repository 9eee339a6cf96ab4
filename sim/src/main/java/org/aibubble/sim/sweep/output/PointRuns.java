package org.aibubble.sim.sweep.output;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import org.aibubble.sim.sweep.table.RunRecord;

/**
 * The runs of one design point, and per-metric values over its finished runs.
 *
 * @param pointId    the design point
 * @param parameters its parameter values (config text)
 * @param runs       its runs, in run-id order
 */
public record PointRuns(int pointId, List<String> parameters, List<RunRecord> runs) {

    /** @return the runs grouped by point, in point-id order */
    public static SortedMap<Integer, PointRuns> group(Iterable<RunRecord> rows) {
        SortedMap<Integer, List<RunRecord>> byPoint = new TreeMap<>();
        for (RunRecord row : rows) {
            byPoint.computeIfAbsent(row.pointId(), p -> new ArrayList<>()).add(row);
        }
        SortedMap<Integer, PointRuns> points = new TreeMap<>();
        byPoint.forEach((id, list) -> {
            list.sort((a, b) -> Long.compare(a.runId(), b.runId()));
            points.put(id, new PointRuns(id, list.get(0).parameters(), List.copyOf(list)));
        });
        return points;
    }

    /** @return the filled values of metric number {@code index} over the finished runs */
    public List<Double> values(int index) {
        List<Double> values = new ArrayList<>();
        for (RunRecord run : runs) {
            Double v = run.ok() ? run.metrics().get(index) : null;
            if (v != null && !v.isNaN()) {
                values.add(v);
            }
        }
        return values;
    }

    /** @return how many runs finished */
    public int finished() {
        return (int) runs.stream().filter(RunRecord::ok).count();
    }

    /**
     * @param bustIndex the index of {@link Outputs#BUST_METRIC}
     * @return how many finished runs bust
     */
    public int busts(int bustIndex) {
        return values(bustIndex).size();
    }

    /** @return the share of finished runs that bust, NaN when none finished */
    public double bustShare(int bustIndex) {
        int finished = finished();
        return finished == 0 ? Double.NaN : (double) busts(bustIndex) / finished;
    }
}
