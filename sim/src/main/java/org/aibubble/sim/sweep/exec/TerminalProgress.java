package org.aibubble.sim.sweep.exec;

import java.io.PrintWriter;

/**
 * A progress bar redrawn in place on a terminal: runs done of total, failures, elapsed time and ETA.
 * Redraws at most every {@link #REDRAW_NANOS} so thousands of quick runs do not flood the terminal.
 */
public final class TerminalProgress implements Progress {
    private static final long REDRAW_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter out;
    private ProgressCounter counter;
    private String label;
    private long lastDraw;

    /** @param out where to draw, normally standard error */
    public TerminalProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void start(String label, long total, long done, long failed) {
        this.label = label;
        this.counter = new ProgressCounter(total, done, failed, System.nanoTime());
        draw(System.nanoTime());
    }

    @Override
    public synchronized void runFinished(boolean failed) {
        long now = System.nanoTime();
        counter.add(failed, now);
        if (now - lastDraw >= REDRAW_NANOS || counter.done() == counter.total()) {
            draw(now);
        }
    }

    @Override
    public synchronized void finish() {
        draw(System.nanoTime());
        out.println();
        out.flush();
    }

    private void draw(long now) {
        lastDraw = now;
        long total = Math.max(1, counter.total());
        int filled = (int) (WIDTH * counter.done() / total);
        String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
        out.printf("\r%s [%s] %d/%d runs, %d failed, %s elapsed, ETA %s  ", label, bar, counter.done(),
                counter.total(), counter.failed(), ProgressCounter.clock(counter.elapsed(now)),
                ProgressCounter.clock(counter.eta(now)));
        out.flush();
    }
}
