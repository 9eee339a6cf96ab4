package org.aibubble.sim.gui;

/**
 * How a recorded series value is shown on a chart, so that series of different units can share one
 * axis without changing what the model records.
 */
public enum SeriesScale {
    /** The value as recorded. */
    AS_RECORDED,
    /** A rate or share shown in percent (value x 100). */
    PERCENT,
    /** USD billions shown in USD trillions (value / 1000). */
    TRILLIONS,
    /** Indexed to 100 at the first recorded month (value / first value x 100). */
    INDEX_TO_START,
    /** A share of the sum of several columns, in percent (value / sum x 100); see {@link SeriesSpec#sumOf()}. */
    SHARE_OF_SUM;

    /**
     * @param value the recorded value
     * @param base  the value recorded in the first month (used by {@link #INDEX_TO_START}) or the sum
     *              of the columns (used by {@link #SHARE_OF_SUM})
     * @return the value to plot; NaN when an index or share has no usable base
     */
    public double apply(double value, double base) {
        return switch (this) {
            case AS_RECORDED -> value;
            case PERCENT -> value * 100.0;
            case TRILLIONS -> value / 1000.0;
            case INDEX_TO_START, SHARE_OF_SUM -> base == 0.0 || !Double.isFinite(base) ? Double.NaN : value / base * 100.0;
        };
    }
}
