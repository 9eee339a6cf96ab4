package org.aibubble.agents.config;

/**
 * A configuration value outside what the model allows. Thrown from the compact constructors of the
 * parameter records; the config loader prefixes {@link #key()} with the path of the record that threw,
 * so the user sees one line such as {@code households.groups[2].populationShare = 1.4: must be in [0, 1]}.
 */
public final class ParameterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final String value;
    private final String allowed;

    /**
     * @param key     the key, relative to the record that validates it (e.g. {@code gate})
     * @param value   the offending value as the user wrote it
     * @param allowed what is allowed, in words (e.g. {@code must be in [0, 1]})
     */
    public ParameterException(String key, Object value, String allowed) {
        super(key + " = " + value + ": " + allowed);
        this.key = key;
        this.value = String.valueOf(value);
        this.allowed = allowed;
    }

    /** @return the key relative to the validating record */
    public String key() {
        return key;
    }

    /** @return the offending value, as text */
    public String value() {
        return value;
    }

    /** @return what is allowed, in words */
    public String allowed() {
        return allowed;
    }
}
