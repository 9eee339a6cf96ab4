package org.aibubble.sim.validate;

import org.aibubble.agents.config.ParameterException;

/**
 * The real-world figure a fact is compared with, and where it comes from.
 *
 * @param value  the figure in the statistic's unit, or {@code none} when the fact is a bound with no
 *               real counterpart (e.g. the share of seeds that bust)
 * @param source where the figure comes from: a file in {@code ../shared/sources}, a public data set, a
 *               publication; for {@code none}, where the bound comes from
 * @param script the repository script that derived the figure from the data set (e.g.
 *               {@code scripts/derive_moments.py}), or empty when the figure is cited
 * @param moment the entry of {@code configs/validation/derived-moments.json} the script wrote for it, or
 *               empty when the figure is cited
 */
public record RealValue(String value, String source, String script, String moment) {
    /** The value text of a fact without a real figure. */
    public static final String NONE = "none";

    /** Validates the fields. */
    public RealValue {
        if (!NONE.equals(value)) {
            try {
                if (!Double.isFinite(Double.parseDouble(value))) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                throw new ParameterException("value", value, "must be a finite number or " + NONE);
            }
        }
        if (source.isBlank()) {
            throw new ParameterException("source", "\"\"", "must say where the figure comes from");
        }
        if (script.isBlank() != moment.isBlank()) {
            throw new ParameterException(script.isBlank() ? "script" : "moment", "\"\"",
                    "script and moment are given together (a derived figure) or both left empty (a cited one)");
        }
    }

    /** @return the figure, NaN for {@code none} */
    public double number() {
        return NONE.equals(value) ? Double.NaN : Double.parseDouble(value);
    }
}
