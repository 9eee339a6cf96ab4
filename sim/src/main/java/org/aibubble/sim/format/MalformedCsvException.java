package org.aibubble.sim.format;

/**
 * A CSV file that cannot be read as the tool's CSV: missing, empty, an unclosed quote, a ragged row.
 * The message is one line naming the file and the line, e.g.
 * {@code runs.csv line 7 has 3 cells, the header has 18}.
 */
public final class MalformedCsvException extends Exception {
    private static final long serialVersionUID = 1L;

    /** @param message one line naming the file and what is wrong */
    public MalformedCsvException(String message) {
        super(message);
    }
}
