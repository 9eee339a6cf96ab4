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
    INDEX_TO_START;

    /**
     * @param value the recorded value
     * @param first the value recorded in the first month (used by {@link #INDEX_TO_START} only)
     * @return the value to plot; NaN when an index has no usable base
     */
    public double apply(double value, double first) {
        return switch (this) {
            case AS_RECORDED -> value;
            case PERCENT -> value * 100.0;
            case TRILLIONS -> value / 1000.0;
            case INDEX_TO_START -> first == 0.0 || !Double.isFinite(first) ? Double.NaN : value / first * 100.0;
        };
    }
}
