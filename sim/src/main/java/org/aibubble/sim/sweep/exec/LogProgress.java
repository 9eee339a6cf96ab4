package org.aibubble.sim.sweep.exec;

import java.io.PrintWriter;

/**
 * Progress as plain lines, for logs and batch jobs (no terminal): a line at the start, then one
 * whenever another tenth of the runs is done or {@link #INTERVAL_NANOS} has passed, and one at the end.
 */
public final class LogProgress implements Progress {
    private static final long INTERVAL_NANOS = 30_000_000_000L;

    private final PrintWriter out;
    private ProgressCounter counter;
    private String label;
    private long lastLine;
    private long lastDecile;

    /** @param out where to write lines, normally standard error */
    public LogProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public synchronized void start(String label, long total, long done, long failed) {
        this.label = label;
        this.counter = new ProgressCounter(total, done, failed, System.nanoTime());
        this.lastDecile = decile();
        line(System.nanoTime(), done > 0 ? "resuming" : "starting");
    }

    @Override
    public synchronized void runFinished(boolean failed) {
        long now = System.nanoTime();
        counter.add(failed, now);
        if (decile() > lastDecile || now - lastLine >= INTERVAL_NANOS) {
            lastDecile = decile();
            line(now, "progress");
        }
    }

    @Override
    public synchronized void finish() {
        line(System.nanoTime(), "finished");
    }

    private long decile() {
        return counter.total() == 0 ? 10 : 10 * counter.done() / counter.total();
    }

    private void line(long now, String what) {
        lastLine = now;
        out.printf("%s: %s: %d/%d runs done, %d failed, %s elapsed, ETA %s%n", label, what, counter.done(),
                counter.total(), counter.failed(), ProgressCounter.clock(counter.elapsed(now)),
                ProgressCounter.clock(counter.eta(now)));
        out.flush();
    }
}
