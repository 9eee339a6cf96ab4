package org.aibubble.sim.validate;

import java.util.List;

/**
 * How the model did on one fact.
 *
 * @param fact       the fact
 * @param runs       how many runs the statistic was computed over (in the fact's run set, defining it)
 * @param value      the model's value (NaN when no run defines it)
 * @param low        the lower end of its 90% interval: the 5th percentile of the per-run values, or of the
 *                   bootstrap replicates for a pooled statistic
 * @param high       the upper end (95th percentile)
 * @param interval   how the interval was made: {@code over runs} or {@code bootstrap}
 * @param draws      the values the interval comes from (per-run values or bootstrap replicates), for charts
 * @param pass       whether the model's value lies in the fact's band (false when there is no value)
 */
public record FactScore(Fact fact, int runs, double value, double low, double high, String interval,
                        List<Double> draws, boolean pass) {
    /** Copies the list. */
    public FactScore {
        draws = List.copyOf(draws);
    }
}
