package org.aibubble.sim.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting for report tables: 4 significant digits, integers as integers, NaN as "n/a". */
public final class Numbers {
    private Numbers() {
    }

    /** @return {@code v} with 4 significant digits, integers as integers, NaN as "n/a" */
    public static String format(double v) {
        if (Double.isNaN(v)) {
            return "n/a";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e12) {
            return Long.toString((long) v);
        }
        if (Math.abs(v) < 1e-3 || Math.abs(v) >= 1e12) {
            return String.format(Locale.ROOT, "%.3e", v);
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
