package org.aibubble.sim.sweep;

/**
 * A sweep, ensemble or merge that cannot go ahead because of its input (a bad sweep file, a folder
 * made from another sweep, missing shard runs). The message is ONE line naming the key or file, the
 * value and what is allowed; the command line prints it after {@code error: } and exits with code 2.
 */
public final class SweepException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message one line saying what is wrong and what is allowed */
    public SweepException(String message) {
        super(message == null ? "invalid sweep" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim());
    }

    /**
     * @param key     the key path, e.g. {@code parameters[1].max}
     * @param value   the offending value as the user wrote it
     * @param allowed what is allowed, in words
     * @return the exception with message {@code key = value: allowed}
     */
    public static SweepException of(String key, Object value, String allowed) {
        return new SweepException(key + " = " + value + ": " + allowed);
    }
}
