package org.aibubble.sim.sweep.table;

import java.util.ArrayList;
import java.util.List;

/**
 * The CSV dialect of sweep outputs (RFC 4180): comma separated, a field holding a comma or a quote is
 * quoted with quotes doubled, lines end with {@code \n}, never a line break inside a field. Numbers
 * are written so they read back to the same double.
 */
public final class Csv {
    private Csv() {
    }

    /** @return the fields joined into one line, without the line end */
    public static String line(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(quote(fields.get(i)));
        }
        return sb.toString();
    }

    /** @return {@code field}, quoted if it holds a comma or a quote */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /**
     * @param line one line without its line end
     * @return its fields, unquoted
     * @throws IllegalArgumentException if a quoted field is not closed
     */
    public static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("unclosed quote");
        }
        fields.add(field.toString());
        return fields;
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
