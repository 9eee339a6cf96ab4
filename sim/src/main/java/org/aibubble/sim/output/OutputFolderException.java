package org.aibubble.sim.output;

/** The output folder cannot be used (exists and is not empty, is a file, or cannot be created). One line. */
public final class OutputFolderException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message one line naming the folder and the problem */
    public OutputFolderException(String message) {
        super(message);
    }
}
