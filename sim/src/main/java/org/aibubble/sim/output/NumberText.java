package org.aibubble.sim.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Locale-independent, deterministic text for numbers in output files: at most
 * {@value #SIGNIFICANT_DIGITS} significant digits (half-even rounding), no trailing zeros, plain
 * notation for magnitudes in [1e-6, 1e15) and otherwise {@code 1.5e-9} style; integers without a
 * decimal point; {@code -0} written as {@code 0}. The same double always gives the same text.
 */
public final class NumberText {
    /** Significant digits kept. */
    public static final int SIGNIFICANT_DIGITS = 10;

    private static final MathContext ROUNDING = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);
    private static final double PLAIN_MIN = 1e-6;
    private static final double PLAIN_MAX = 1e15;

    private NumberText() {
    }

    /**
     * @param value any double
     * @return its text; {@code NaN}, {@code Infinity} or {@code -Infinity} when not finite
     */
    public static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(ROUNDING).stripTrailingZeros();
        double magnitude = Math.abs(rounded.doubleValue());
        if (magnitude >= PLAIN_MIN && magnitude < PLAIN_MAX) {
            return rounded.toPlainString();
        }
        return scientific(rounded);
    }

    private static String scientific(BigDecimal rounded) {
        String unscaled = rounded.unscaledValue().abs().toString();
        int exponent = unscaled.length() - 1 - rounded.scale();
        StringBuilder text = new StringBuilder();
        if (rounded.signum() < 0) {
            text.append('-');
        }
        text.append(unscaled.charAt(0));
        if (unscaled.length() > 1) {
            text.append('.').append(unscaled, 1, unscaled.length());
        }
        return text.append('e').append(exponent).toString();
    }
}
