package org.aibubble.sim.branch;

/**
 * A branch scenario file or a branch request is not acceptable: an unreadable file, a key a branch may
 * not change, a value out of range. The message is one line naming the file, the key and what is
 * allowed; the command line prints it and exits 2.
 */
public final class BranchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message one line: the file, the key and what is allowed */
    public BranchException(String message) {
        super(message);
    }

    /**
     * @param message one line: the file, the key and what is allowed
     * @param cause   the underlying error
     */
    public BranchException(String message, Throwable cause) {
        super(message, cause);
    }
}
