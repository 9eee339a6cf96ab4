package org.aibubble.agents.config;

import java.util.List;

/** Validation helpers for parameter records: each failure names the key, the value and the allowed range. */
public final class Require {
    private Require() {
    }

    /** @return {@code value} if it is finite and in {@code [min, max]}; otherwise throws */
    public static double inRange(String key, double value, double min, double max) {
        return inRange(key, value, min, max, "");
    }

    /**
     * @param why what the range belongs to, appended to the message after a space (e.g. {@code for
     *            inflation-weight}); empty for nothing
     * @return {@code value} if it is finite and in {@code [min, max]}; otherwise throws
     */
    public static double inRange(String key, double value, double min, double max, String why) {
        if (!Double.isFinite(value) || value < min || value > max) {
            throw new ParameterException(key, value, "must be in [" + fmt(min) + ", " + fmt(max) + "]"
                    + (why.isEmpty() ? "" : " " + why));
        }
        return value;
    }

    /** @return {@code value} if it is a share in [0, 1] */
    public static double share(String key, double value) {
        return inRange(key, value, 0.0, 1.0);
    }

    /** @return {@code value} if finite and {@code >= 0} */
    public static double nonNegative(String key, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new ParameterException(key, value, "must be a finite number >= 0");
        }
        return value;
    }

    /** @return {@code value} if finite and {@code > 0} */
    public static double positive(String key, double value) {
        if (!Double.isFinite(value) || value <= 0) {
            throw new ParameterException(key, value, "must be a finite number > 0");
        }
        return value;
    }

    /** @return {@code value} if in {@code [min, max]} */
    public static int inRange(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ParameterException(key, value, "must be an integer in [" + min + ", " + max + "]");
        }
        return value;
    }

    /** @return {@code value} if not null */
    public static <T> T present(String key, T value) {
        if (value == null) {
            throw new ParameterException(key, "null", "is required");
        }
        return value;
    }

    /** @return an immutable copy of {@code list} if it is present and has at least {@code min} entries */
    public static <T> List<T> atLeast(String key, List<T> list, int min) {
        if (list == null) {
            throw new ParameterException(key, "null", "is required (a list)");
        }
        if (list.size() < min) {
            throw new ParameterException(key, list.size() + " entries", "needs at least " + min);
        }
        for (T item : list) {
            if (item == null) {
                throw new ParameterException(key, "an empty entry", "every entry must be filled in");
            }
        }
        return List.copyOf(list);
    }

    /** @return {@code value} if it is a non-blank identifier of letters, digits, '-' and '_' */
    public static String identifier(String key, String value) {
        if (value == null || !value.matches("[A-Za-z0-9_-]+")) {
            throw new ParameterException(key, value, "must be a non-empty name of letters, digits, '-' or '_'");
        }
        return value;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
