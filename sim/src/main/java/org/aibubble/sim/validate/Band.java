package org.aibubble.sim.validate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aibubble.sim.format.NumberText;

/**
 * The values of a statistic that hold a fact, written as in the facts file: {@code "< 1"}, {@code "<= 0.1"},
 * {@code "> 2"}, {@code ">= 12"} or {@code "[-0.05, -0.01]"} (both ends included).
 *
 * @param low           the lower end ({@code -Infinity} if none)
 * @param lowIncluded   whether the lower end itself holds the fact
 * @param high          the upper end ({@code +Infinity} if none)
 * @param highIncluded  whether the upper end itself holds the fact
 */
public record Band(double low, boolean lowIncluded, double high, boolean highIncluded) {
    /** What a band may look like, in words (for error messages). */
    public static final String FORMS = "must be like \"< 1\", \"<= 0.1\", \"> 2\", \">= 12\" or \"[-0.05, -0.01]\"";

    private static final String NUMBER = "(-?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?)";
    private static final Pattern ONE_SIDED = Pattern.compile("(<=|>=|<|>)\\s*" + NUMBER);
    private static final Pattern INTERVAL = Pattern.compile("\\[\\s*" + NUMBER + "\\s*,\\s*" + NUMBER + "\\s*]");

    /**
     * @param text the band as written
     * @return the band
     * @throws IllegalArgumentException with {@link #FORMS} when the text is none of the forms, or an
     *         interval is empty
     */
    public static Band parse(String text) {
        String t = text.trim();
        Matcher one = ONE_SIDED.matcher(t);
        if (one.matches()) {
            double x = Double.parseDouble(one.group(2));
            return switch (one.group(1)) {
                case "<" -> new Band(Double.NEGATIVE_INFINITY, false, x, false);
                case "<=" -> new Band(Double.NEGATIVE_INFINITY, false, x, true);
                case ">" -> new Band(x, false, Double.POSITIVE_INFINITY, false);
                default -> new Band(x, true, Double.POSITIVE_INFINITY, false);
            };
        }
        Matcher two = INTERVAL.matcher(t);
        if (two.matches() && Double.parseDouble(two.group(1)) <= Double.parseDouble(two.group(2))) {
            return new Band(Double.parseDouble(two.group(1)), true, Double.parseDouble(two.group(2)), true);
        }
        throw new IllegalArgumentException(FORMS);
    }

    /** @return whether {@code x} holds the fact (never for NaN) */
    public boolean contains(double x) {
        boolean aboveLow = lowIncluded ? x >= low : x > low;
        boolean belowHigh = highIncluded ? x <= high : x < high;
        return aboveLow && belowHigh;
    }

    @Override
    public String toString() {
        if (low == Double.NEGATIVE_INFINITY) {
            return (highIncluded ? "<= " : "< ") + number(high);
        }
        if (high == Double.POSITIVE_INFINITY) {
            return (lowIncluded ? ">= " : "> ") + number(low);
        }
        return "[" + number(low) + ", " + number(high) + "]";
    }

    private static String number(double x) {
        return NumberText.exact(x);
    }
}
