package org.aibubble.sim.sweep.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * A parameter varied over {@code [min, max]}, in the parameter's own unit. Sampling designs map a
 * coordinate {@code u} to {@code min + u (max - min)} (or evenly in log for {@link Scale#LOG}); an
 * integer parameter takes each whole number from {@code min} to {@code max} with equal chance. A grid
 * visits {@code levels} evenly spaced values including both ends (every whole number for an integer
 * parameter without levels).
 *
 * @param path    the config path
 * @param min     the lowest value
 * @param max     the highest value, above {@code min}
 * @param scale   linear or log spacing
 * @param integer whether the parameter takes whole numbers only
 * @param levels  grid levels, at least 2; 0 when not given
 */
public record RangeParameter(String path, double min, double max, Scale scale, boolean integer, int levels)
        implements SweepParameter {

    @Override
    public String valueAt(double u) {
        if (integer) {
            long span = (long) max - (long) min + 1;
            return Long.toString((long) min + Math.min(span - 1, (long) Math.floor(u * span)));
        }
        return Double.toString(Math.max(min, Math.min(max, at(u))));
    }

    @Override
    public List<String> gridLevels() {
        List<String> values = new ArrayList<>();
        if (integer && levels == 0) {
            for (long v = (long) min; v <= (long) max; v++) {
                values.add(Long.toString(v));
            }
            return values;
        }
        for (int l = 0; l < levels; l++) {
            double x = l == 0 ? min : l == levels - 1 ? max : at((double) l / (levels - 1));
            values.add(integer ? Long.toString(Math.round(x)) : Double.toString(x));
        }
        return values;
    }

    private double at(double u) {
        if (scale == Scale.LOG) {
            return Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min)));
        }
        return min + u * (max - min);
    }
}
