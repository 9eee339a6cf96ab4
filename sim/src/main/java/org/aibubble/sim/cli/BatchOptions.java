package org.aibubble.sim.cli;

import java.io.PrintWriter;

import org.aibubble.sim.sweep.BatchResult;
import org.aibubble.sim.sweep.SweepException;
import org.aibubble.sim.sweep.exec.LogProgress;
import org.aibubble.sim.sweep.exec.Progress;
import org.aibubble.sim.sweep.exec.TerminalProgress;

/** What the sweep and ensemble commands share: thread count, progress display and the closing line. */
final class BatchOptions {
    private BatchOptions() {
    }

    /** @return {@code threads}, or the number of processors when null; checked to be at least 1 */
    static int threads(Integer threads) throws SweepException {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1 || n > 4096) {
            throw SweepException.of("--threads", n, "must be an integer in [1, 4096]");
        }
        return n;
    }

    /** @return a progress bar on a terminal, plain log lines otherwise */
    static Progress progress(CliContext context, PrintWriter err) {
        return context.interactive() ? new TerminalProgress(err) : new LogProgress(err);
    }

    /** @return e.g. {@code done: 40 runs (40 now, 0 failed) in 21.3 s -> outputs/sweeps/smoke} */
    static String doneLine(BatchResult result, double seconds, String files) {
        String counts = result.recorded() + " runs (" + result.newlyRun() + " now"
                + (result.recorded() > result.newlyRun() ? ", " + (result.recorded() - result.newlyRun()) + " resumed" : "")
                + ", " + result.failed() + " failed)";
        if (!result.complete()) {
            return "stopped: " + counts + " of " + result.runsInFolder() + " -> " + result.dir()
                    + "; run the same command again to finish";
        }
        return "done: " + counts + " in " + Durations.format(seconds) + " -> " + result.dir() + " (" + files + ")";
    }
}
