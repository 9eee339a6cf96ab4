package org.aibubble.sim.validate;

/**
 * How a fact's statistic goes from runs to one model value. For {@link #MEDIAN}, {@link #MEAN},
 * {@link #MIN} and {@link #MAX} the statistic is computed on each run and those values are summarised;
 * the interval is their 5th-95th percentile over runs. For {@link #POOLED} the statistic is computed once
 * on the runs pooled (see {@link Statistic}); the interval is a bootstrap over runs.
 */
public enum Aggregate {
    /** The median of the per-run values. */
    MEDIAN,
    /** The mean of the per-run values. */
    MEAN,
    /** The lowest per-run value. */
    MIN,
    /** The highest per-run value. */
    MAX,
    /** The statistic of the pooled runs. */
    POOLED
}
