package org.aibubble.sim.sweep.spec;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.aibubble.agents.config.OptionalKey;
import org.aibubble.agents.config.ParameterException;

/**
 * One entry of a sweep file's {@code parameters} list, as written: a config path and either a range
 * ({@code min}, {@code max}; optional {@code scale}, {@code integer} and, for a grid, {@code levels}) or
 * a list of {@code values}. Validated on its own; what depends on the design is checked by {@link SweepFile}.
 *
 * @param path    the config path, as for {@code --set} (e.g. {@code privateCredit.behaviour.gate})
 * @param min     the lowest value of a range; absent for a list of values
 * @param max     the highest value of a range, above {@code min}; absent for a list of values
 * @param values  at least two different scalar values (numbers, true/false or names); absent for a range
 * @param scale   how a range spreads its values, linear when absent
 * @param integer whether a range takes whole numbers only, false when absent
 * @param levels  grid levels of a range, at least 2 (every whole number of an integer range when absent)
 */
public record ParameterEntry(String path, @OptionalKey Double min, @OptionalKey Double max,
        @OptionalKey List<String> values, @OptionalKey Scale scale, @OptionalKey Boolean integer,
        @OptionalKey Integer levels) {
    private static final Pattern PATH =
            Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\[[0-9]+\\])?(\\.[A-Za-z][A-Za-z0-9_]*(\\[[0-9]+\\])?)*");
    private static final Set<String> SET_BY_SWEEP = Set.of("run.seed", "run.months", "run.households");
    private static final String PATH_ALLOWED = "must be a config path such as privateCredit.behaviour.gate "
            + "or hyperscalers[2].gpuEconomicLife";
    private static final String VALUES_ALLOWED =
            "must be a list of at least 2 different scalar values (numbers, true/false or names)";

    /** Validates the entry: a well-formed path the sweep does not set itself, and one consistent kind. */
    public ParameterEntry {
        if (path == null || !PATH.matcher(path).matches()) {
            throw new ParameterException("path", "\"" + path + "\"", PATH_ALLOWED);
        }
        if (SET_BY_SWEEP.contains(path)) {
            throw new ParameterException("path", "\"" + path + "\"",
                    "is set by the sweep itself (seed, months, households keys); vary another parameter");
        }
        if (values != null) {
            values = List.copyOf(values);
            checkValues(min, max, values, scale, integer, levels);
        } else {
            checkRange(min, max, scale, integer, levels);
        }
    }

    private static void checkValues(Double min, Double max, List<String> values, Scale scale, Boolean integer,
            Integer levels) {
        rangeOnly("min", min);
        rangeOnly("max", max);
        rangeOnly("scale", scale == null ? null : scale.name().toLowerCase(Locale.ROOT));
        rangeOnly("integer", integer);
        rangeOnly("levels", levels);
        if (values.size() < 2) {
            throw new ParameterException("values", values.size() + " entries", VALUES_ALLOWED);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (v.isBlank() || !seen.add(v)) {
                throw new ParameterException("values[" + i + "]", "\"" + v + "\"", VALUES_ALLOWED);
            }
        }
    }

    /** Refuses a key of ranges given with a list of values. */
    private static void rangeOnly(String key, Object value) {
        if (value != null) {
            throw new ParameterException(key, value, "applies to a min/max range; give either values or a range, not both");
        }
    }

    private static void checkRange(Double min, Double max, Scale scale, Boolean integer, Integer levels) {
        if (min == null) {
            throw new ParameterException("min", "(missing)", "is required: give min and max, or values: [...]");
        }
        if (max == null) {
            throw new ParameterException("max", "(missing)", "is required: a number above min");
        }
        if (!Double.isFinite(min)) {
            throw new ParameterException("min", min, "must be a finite number");
        }
        if (!Double.isFinite(max) || !(max > min)) {
            throw new ParameterException("max", max, "must be above min (" + min + ")");
        }
        boolean whole = Boolean.TRUE.equals(integer);
        if (scale == Scale.LOG && min <= 0) {
            throw new ParameterException("min", min, "must be above 0 with scale: log");
        }
        if (scale == Scale.LOG && whole) {
            throw new ParameterException("scale", "log", "is not available for integer parameters");
        }
        if (whole && min != Math.rint(min)) {
            throw new ParameterException("min", min, "must be a whole number for an integer parameter");
        }
        if (whole && max != Math.rint(max)) {
            throw new ParameterException("max", max, "must be a whole number for an integer parameter");
        }
        if (levels != null) {
            long most = whole ? (long) (max - min) + 1 : SweepSpecLoader.MAX_POINTS;
            if (levels < 2 || levels > most) {
                throw new ParameterException("levels", levels, "must be an integer in [2, " + most + "]");
            }
        }
    }

    /** @return whether this entry is a range (min/max) rather than a list of values */
    public boolean isRange() {
        return values == null;
    }

    /** @return whether this entry is a range of whole numbers */
    public boolean wholeNumbers() {
        return Boolean.TRUE.equals(integer);
    }

    /** @return the parameter the designs vary */
    SweepParameter parameter() {
        if (!isRange()) {
            return new ValueListParameter(path, values);
        }
        return new RangeParameter(path, min, max, scale == null ? Scale.LINEAR : scale, wholeNumbers(),
                levels == null ? 0 : levels);
    }
}
