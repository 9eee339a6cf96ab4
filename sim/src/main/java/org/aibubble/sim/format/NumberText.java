package org.aibubble.sim.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The one number formatter of the tool's text outputs: locale-independent and deterministic (the same
 * double always gives the same text). The files kept three formats, each documented in the README,
 * so it has three named modes rather than one (one format would change every file's bytes):
 * <ul>
 *   <li>{@link #format} for {@code series.csv}, {@code summary.json} and the run manifest: at most
 *       {@value #SIGNIFICANT_DIGITS} significant digits (half-even rounding), no trailing zeros, plain
 *       notation for magnitudes in [1e-6, 1e15) and otherwise {@code 1.5e-9} style; integers without a
 *       decimal point; {@code -0} written as {@code 0};</li>
 *   <li>{@link #exact} for {@code runs.csv}, {@code aggregate.csv} and {@code sensitivity.csv}: full
 *       precision, the shortest text that reads back to the same double ({@link #parseExact}), whole
 *       numbers below 1e15 without a decimal point, empty for a missing value;</li>
 *   <li>{@link #display} for the tables of {@code report.html}: {@value #DISPLAY_DIGITS} significant
 *       digits, {@code n/a} for a missing value;</li>
 *   <li>{@link #withUnit} for the GUI's inspectors: {@value #DISPLAY_DIGITS} significant digits with the
 *       unit, thousands grouped ({@code $4,964 bn}, {@code 4.625%}, {@code $66.02 bn / month}).</li>
 * </ul>
 */
public final class NumberText {
    /** Significant digits kept. */
    public static final int SIGNIFICANT_DIGITS = 10;

    /** Significant digits shown in report tables. */
    public static final int DISPLAY_DIGITS = 4;

    private static final MathContext ROUNDING = new MathContext(SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN);
    private static final MathContext DISPLAY_ROUNDING = new MathContext(DISPLAY_DIGITS);
    private static final double EXACT_WHOLE_MAX = 1e15;
    private static final double DISPLAY_WHOLE_MAX = 1e12;
    private static final double DISPLAY_PLAIN_MIN = 1e-3;
    private static final double PLAIN_MIN = 1e-6;
    private static final double PLAIN_MAX = 1e15;

    private NumberText() {
    }

    /**
     * The series mode.
     *
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

    /**
     * The exact mode.
     *
     * @param value a number, or null
     * @return empty for null or NaN; a whole number below 1e15 without decimals (e.g. {@code 14});
     *         otherwise the shortest decimal that reads back to the same double ({@code 0.35},
     *         {@code 1.7E-10})
     */
    public static String exact(Double value) {
        if (value == null || value.isNaN()) {
            return "";
        }
        double v = value;
        if (v == Math.rint(v) && Math.abs(v) < EXACT_WHOLE_MAX) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** @return the number written {@code text} by {@link #exact}, or null for an empty field */
    public static Double parseExact(String text) {
        return text.isEmpty() ? null : Double.valueOf(text);
    }

    /**
     * The display mode.
     *
     * @param value any double
     * @return {@code n/a} for NaN, {@code inf}/{@code -inf}; whole numbers below 1e12 as integers;
     *         {@code 1.235e-05} style below 1e-3 or from 1e12; otherwise 4 significant digits
     */
    public static String display(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < DISPLAY_WHOLE_MAX) {
            return Long.toString((long) value);
        }
        if (Math.abs(value) < DISPLAY_PLAIN_MIN || Math.abs(value) >= DISPLAY_WHOLE_MAX) {
            return String.format(Locale.ROOT, "%." + (DISPLAY_DIGITS - 1) + "e", value);
        }
        return new BigDecimal(value).round(DISPLAY_ROUNDING).stripTrailingZeros().toPlainString();
    }

    /** The units the GUI shows numbers in (docs/COLUMNS.md, {@code SeriesColumns}). */
    public enum Unit {
        /** USD billions: {@code $4,964 bn}. */
        USD_BN("$", " bn"),
        /** USD trillions: {@code $13.43 tn}. */
        USD_TN("$", " tn"),
        /** USD billions per month: {@code $66.02 bn / month}. */
        USD_BN_PER_MONTH("$", " bn / month"),
        /** A share or a yearly rate, shown in percent: 0.04625 as {@code 4.625%}. */
        PERCENT("", "%"),
        /** A whole count: {@code 2}. */
        COUNT("", ""),
        /** A ratio, an index or a level: {@code 410.2}. */
        PLAIN("", "");

        private final String prefix;
        private final String suffix;

        Unit(String prefix, String suffix) {
            this.prefix = prefix;
            this.suffix = suffix;
        }

        /**
         * @param seriesUnit the unit of a series column as {@code SeriesColumns} (docs/COLUMNS.md) writes it
         * @return how the GUI shows it: money in USD billions (per month where the flow is monthly), shares
         *         and yearly rates in percent, counts whole, anything else (ratios, indices, months) plain
         */
        public static Unit ofSeries(String seriesUnit) {
            if (seriesUnit.startsWith("USD billions per month")) {
                return USD_BN_PER_MONTH;
            }
            if (seriesUnit.equals("USD billions")) {
                return USD_BN;
            }
            if (seriesUnit.startsWith("share")) {
                return PERCENT;
            }
            return seriesUnit.equals("count") ? COUNT : PLAIN;
        }
    }

    /**
     * The GUI mode.
     *
     * @param value any double
     * @param unit  its unit
     * @return {@value #DISPLAY_DIGITS} significant digits (a count: the whole number) with thousands
     *         grouped by commas and the unit ({@code -$3,270 bn}, {@code 0.125%}); below 1e-3 or from
     *         1e12 (after the percent scaling) {@code 6.257e-10} style; {@code n/a}, {@code inf},
     *         {@code -inf} for values that are not finite
     */
    public static String withUnit(double value, Unit unit) {
        if (!Double.isFinite(value)) {
            return display(value);
        }
        double shown = unit == Unit.PERCENT ? value * 100.0 : value;
        String sign = shown < 0 ? "-" : "";
        double magnitude = Math.abs(shown);
        String digits;
        if (unit == Unit.COUNT) {
            digits = grouped(new BigDecimal(Math.rint(magnitude)).toBigInteger().toString());
        } else if (magnitude == 0) {
            digits = "0";
        } else if (magnitude < DISPLAY_PLAIN_MIN || magnitude >= DISPLAY_WHOLE_MAX) {
            digits = String.format(Locale.ROOT, "%." + (DISPLAY_DIGITS - 1) + "e", magnitude);
        } else {
            String plain = new BigDecimal(magnitude).round(DISPLAY_ROUNDING).stripTrailingZeros().toPlainString();
            int point = plain.indexOf('.');
            digits = point < 0 ? grouped(plain) : grouped(plain.substring(0, point)) + plain.substring(point);
        }
        if (sign.isEmpty() || digits.matches("[0.,]+")) {
            return unit.prefix + digits + unit.suffix;
        }
        return sign + unit.prefix + digits + unit.suffix;
    }

    /** @return whole-number digits with a comma every three from the right */
    private static String grouped(String digits) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
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
