package org.aibubble.sim.report;

/**
 * A report cannot be built from a folder: a file is missing, unreadable or not what this tool writes.
 * The message is one line naming the file and what is wrong; the command line prints it and exits 2.
 */
public final class ReportException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message one line: the file and what is wrong with it */
    public ReportException(String message) {
        super(message);
    }

    /**
     * @param message one line: the file and what is wrong with it
     * @param cause   the underlying I/O or parse error
     */
    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
