package org.aibubble.sim.sweep.exec;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Counts runs and estimates the time left from the pace of the last {@value #WINDOW} runs finished
 * since this start (so the slow first runs of a cold JVM stop weighing once enough runs are done, and
 * runs recorded by an earlier, resumed start do not count).
 */
final class ProgressCounter {
    private static final int WINDOW = 20;

    private final Deque<Long> recent = new ArrayDeque<>();
    private final long total;
    private final long startNanos;
    private final long doneAtStart;
    private long done;
    private long failed;

    ProgressCounter(long total, long done, long failed, long startNanos) {
        this.total = total;
        this.done = done;
        this.failed = failed;
        this.doneAtStart = done;
        this.startNanos = startNanos;
    }

    void add(boolean runFailed, long nowNanos) {
        recent.addLast(nowNanos);
        if (recent.size() > WINDOW) {
            recent.removeFirst();
        }
        done++;
        if (runFailed) {
            failed++;
        }
    }

    long total() {
        return total;
    }

    long done() {
        return done;
    }

    long failed() {
        return failed;
    }

    /** @return the estimated time left, or null before the first run of this start finished */
    Duration eta(long nowNanos) {
        long fresh = done - doneAtStart;
        if (fresh <= 0) {
            return null;
        }
        boolean full = recent.size() == WINDOW;
        long since = full ? recent.peekFirst() : startNanos;
        double perRun = (double) (nowNanos - since) / (full ? WINDOW - 1 : fresh);
        return Duration.ofNanos((long) (perRun * (total - done)));
    }

    Duration elapsed(long nowNanos) {
        return Duration.ofNanos(nowNanos - startNanos);
    }

    static String clock(Duration d) {
        if (d == null) {
            return "--:--";
        }
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
