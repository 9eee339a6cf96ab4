package org.aibubble.sim.sweep.table;

/** Numbers in the CSV files of sweeps, written so they read back to the same double. */
public final class Csv {
    private Csv() {
    }

    /**
     * @param value a number, or null
     * @return empty for null or NaN; a whole number without decimals (e.g. {@code 14}); otherwise the
     *         shortest decimal that reads back to the same double
     */
    public static String number(Double value) {
        if (value == null || value.isNaN()) {
            return "";
        }
        double v = value;
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** @return the number written {@code text}, or null for an empty field */
    public static Double parseNumber(String text) {
        return text.isEmpty() ? null : Double.valueOf(text);
    }
}
