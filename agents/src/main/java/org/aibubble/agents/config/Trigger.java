package org.aibubble.agents.config;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A firing condition {@code <indicator> <op> <threshold>}, e.g. {@code month >= 18} or
 * {@code ai_drawdown >= 0.25}. Indicators are the columns of {@code series.csv} plus {@code month}
 * and {@code ai_drawdown} (the AI index's fall from its running peak, a share).
 *
 * @param indicator the indicator name
 * @param op        the comparison
 * @param threshold the threshold
 */
public record Trigger(String indicator, Op op, double threshold) implements Serializable {
    private static final Pattern FORM =
            Pattern.compile("\\s*([a-z][a-z0-9_]*)\\s*(>=|<=|>|<)\\s*(-?[0-9]+(\\.[0-9]+)?([eE]-?[0-9]+)?)\\s*");

    /** A comparison operator. */
    public enum Op {
        GE(">="), LE("<="), GT(">"), LT("<");

        private final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        static Op of(String symbol) {
            for (Op op : values()) {
                if (op.symbol.equals(symbol)) {
                    return op;
                }
            }
            throw new IllegalArgumentException(symbol);
        }

        /** @return whether {@code value op threshold} holds */
        public boolean test(double value, double threshold) {
            return switch (this) {
                case GE -> value >= threshold;
                case LE -> value <= threshold;
                case GT -> value > threshold;
                case LT -> value < threshold;
            };
        }
    }

    /**
     * @param key  the key being parsed, for the error message
     * @param text the condition as written
     * @return the parsed condition
     */
    public static Trigger parse(String key, String text) {
        if (text == null) {
            throw new ParameterException(key, "null", "is required, e.g. \"month >= 18\" or \"ai_drawdown >= 0.25\"");
        }
        Matcher m = FORM.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ParameterException(key, "\"" + text + "\"",
                    "must read <indicator> <op> <number>, op one of >= <= > <, e.g. \"month >= 18\"");
        }
        return new Trigger(m.group(1), Op.of(m.group(2)), Double.parseDouble(m.group(3)));
    }

    /** @return whether the condition holds for {@code value} of the indicator */
    public boolean holds(double value) {
        return op.test(value, threshold);
    }
}
