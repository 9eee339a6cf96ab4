package org.aibubble.sim.config;

/**
 * A config that cannot be used: the message is ONE line naming the key path, the value and what is
 * allowed (e.g. {@code run.months = 0: must be an integer in [1, 1200]}), ready to be shown after
 * {@code error: }.
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message one line: {@code <key path> = <value>: <what is allowed>} or a file-level problem */
    public ConfigException(String message) {
        super(oneLine(message));
    }

    /** The most characters of a value (or key) an error message shows; longer ones are cut with {@code ...}. */
    public static final int MAX_SHOWN = 24;

    /**
     * @param key     the full key path, e.g. {@code run.months}
     * @param value   the offending value as shown to the user; at most {@link #MAX_SHOWN} characters of it
     *                are shown (a value may come from a base file the user did not write)
     * @param allowed what is allowed, in words
     * @return the exception with message {@code key = value: allowed}
     */
    public static ConfigException of(String key, String value, String allowed) {
        return new ConfigException(excerpt(key, 3 * MAX_SHOWN) + " = " + excerpt(value, MAX_SHOWN) + ": " + allowed);
    }

    /**
     * @param text  a value or key as read from a file
     * @param limit the most characters to keep
     * @return {@code text} with control characters written as Java escapes (backslash, u, four hex
     *         digits) and cut to {@code limit} characters with {@code ...} (a quoted text keeps its
     *         closing quote)
     */
    public static String excerpt(String text, int limit) {
        if (text == null) {
            return "null";
        }
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                shown.append(String.format("\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        if (shown.length() <= limit) {
            return shown.toString();
        }
        boolean quoted = shown.length() > 1 && shown.charAt(0) == '"' && shown.charAt(shown.length() - 1) == '"';
        return shown.substring(0, limit - 4) + (quoted ? "...\"" : "...");
    }

    private static String oneLine(String message) {
        return message == null ? "invalid config" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
