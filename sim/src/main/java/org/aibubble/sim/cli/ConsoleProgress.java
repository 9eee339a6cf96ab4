package org.aibubble.sim.cli;

import java.io.PrintWriter;
import java.util.List;

import org.aibubble.sim.run.ProgressListener;

/**
 * A one-line progress indicator for a terminal: {@code month 37/120  elapsed 1.2 s  eta 2.7 s},
 * redrawn in place with {@code \r} at most {@value #REDRAWS_PER_SECOND} times a second and cleared
 * at the end. Only used when the output is a terminal.
 */
final class ConsoleProgress implements ProgressListener {
    private static final int REDRAWS_PER_SECOND = 10;
    private static final long REDRAW_NANOS = 1_000_000_000L / REDRAWS_PER_SECOND;

    private final PrintWriter err;
    private final long startNanos = System.nanoTime();
    private long lastDraw = Long.MIN_VALUE;
    private int width;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void monthDone(int monthsDone, int totalMonths, List<String> columns, double[] row) {
        long now = System.nanoTime();
        if (monthsDone < totalMonths && lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        double elapsed = (now - startNanos) / 1e9;
        double eta = elapsed / monthsDone * (totalMonths - monthsDone);
        String line = "month " + monthsDone + "/" + totalMonths + "  elapsed " + Durations.format(elapsed)
                + "  eta " + Durations.format(eta);
        draw(line);
    }

    /** Clears the progress line. */
    void clear() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }

    private void draw(String line) {
        String padded = line.length() < width ? line + " ".repeat(width - line.length()) : line;
        err.print("\r" + padded);
        err.flush();
        width = Math.max(width, line.length());
    }
}
