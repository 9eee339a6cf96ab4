package org.aibubble.sim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.aibubble.sim.report.ReportException;
import org.aibubble.sim.report.Reports;
import org.aibubble.sim.sweep.BatchResult;
import org.aibubble.sim.sweep.SweepException;
import org.aibubble.sim.sweep.exec.LogProgress;
import org.aibubble.sim.sweep.exec.Progress;
import org.aibubble.sim.sweep.exec.TerminalProgress;

/** What the sweep, merge and ensemble commands share: thread count, progress display, report and closing line. */
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

    /**
     * Writes the folder's {@code report.html} (charts of a finished sweep, merge or ensemble).
     *
     * @return true when written; false after printing one line, when the report failed
     */
    static boolean report(Path dir, String what, PrintWriter err) {
        try {
            Reports.write(dir);
            return true;
        } catch (ReportException e) {
            err.println("error: the " + what + " completed but its report failed: " + e.getMessage());
            return false;
        }
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
