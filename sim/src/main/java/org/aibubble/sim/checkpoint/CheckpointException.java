package org.aibubble.sim.checkpoint;

/**
 * A checkpoint cannot be written or read: the file is missing, corrupt, truncated, or was written by
 * another version of the tool. The message is one line naming the file and the reason; the command
 * line prints it and exits 2.
 */
public final class CheckpointException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message one line: the file and what is wrong */
    public CheckpointException(String message) {
        super(message);
    }

    /**
     * @param message one line: the file and what is wrong
     * @param cause   the underlying error
     */
    public CheckpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
