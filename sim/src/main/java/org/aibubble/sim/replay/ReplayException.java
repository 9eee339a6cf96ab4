package org.aibubble.sim.replay;

/**
 * A run folder cannot be replayed: a file is missing or malformed. One line; the command exits 2.
 */
public final class ReplayException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message one line naming the file and the problem */
    public ReplayException(String message) {
        super(message);
    }

    /**
     * @param message one line naming the file and the problem
     * @param cause   the underlying error
     */
    public ReplayException(String message, Throwable cause) {
        super(message, cause);
    }
}
