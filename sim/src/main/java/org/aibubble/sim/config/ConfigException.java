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

    /**
     * @param key     the full key path, e.g. {@code run.months}
     * @param value   the offending value as shown to the user
     * @param allowed what is allowed, in words
     * @return the exception with message {@code key = value: allowed}
     */
    public static ConfigException of(String key, String value, String allowed) {
        return new ConfigException(key + " = " + value + ": " + allowed);
    }

    private static String oneLine(String message) {
        return message == null ? "invalid config" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
