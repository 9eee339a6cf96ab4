package org.aibubble.sim.calibrate;

import org.aibubble.agents.config.ParameterException;
import org.aibubble.sim.sweep.spec.Scale;

/**
 * One estimated parameter. The optimizer works on a unit coordinate {@code u} in [0, 1] per parameter,
 * mapped to {@code min + u (max - min)}, or evenly in the logarithm for {@link Scale#LOG}.
 *
 * @param path  the config path (e.g. {@code households.beliefs.herding})
 * @param min   the lowest value
 * @param max   the highest value, above {@code min}
 * @param scale linear or log ({@code min > 0})
 */
public record CalibrationParameter(String path, double min, double max, Scale scale) {
    /** Validates the range. */
    public CalibrationParameter {
        if (path.isBlank()) {
            throw new ParameterException("path", "\"\"", "must be a config path such as households.beliefs.herding");
        }
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
            throw new ParameterException("max", Double.toString(max), "must be a finite number above min (" + min + ")");
        }
        if (scale == Scale.LOG && !(min > 0)) {
            throw new ParameterException("min", Double.toString(min), "must be above 0 for scale log");
        }
    }

    /** @return the value at unit coordinate {@code u} (clamped to [0, 1]) */
    public double value(double u) {
        double c = Math.max(0, Math.min(1, u));
        double v = scale == Scale.LOG ? Math.exp(Math.log(min) + c * (Math.log(max) - Math.log(min))) : min + c * (max - min);
        return Math.max(min, Math.min(max, v));
    }

    /** @return the unit coordinate of {@code value} */
    public double unit(double value) {
        return scale == Scale.LOG ? (Math.log(value) - Math.log(min)) / (Math.log(max) - Math.log(min))
                : (value - min) / (max - min);
    }

    /** @return whether {@code value} lies in [min, max] */
    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    /** @return {@code max - min} */
    public double range() {
        return max - min;
    }
}
