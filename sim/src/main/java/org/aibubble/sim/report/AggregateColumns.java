package org.aibubble.sim.report;

import java.util.List;
import java.util.function.Predicate;

/**
 * Which columns of {@code aggregate.csv} the sweep report shows: the point, its parameters and counts,
 * and the median of the key metrics; the file itself keeps every statistic of every metric.
 */
final class AggregateColumns {
    /** Suffixes of the per-metric statistics in {@code aggregate.csv}. */
    private static final List<String> STATISTICS = List.of("_mean", "_sd", "_p5", "_p50", "_p95");
    /** The statistics shown. */
    private static final List<String> SHOWN = List.of("peak_month_p50", "max_drawdown_p50", "bust_month_p50",
            "max_unemployment_p50");

    private AggregateColumns() {
    }

    /** @return true for the columns to show */
    static Predicate<String> shown() {
        return column -> SHOWN.contains(column) || STATISTICS.stream().noneMatch(column::endsWith);
    }
}
