package org.aibubble.sim.cli;

import java.nio.file.Path;
import java.util.Locale;

import org.aibubble.sim.run.RunResult;
import org.aibubble.sim.run.Summary;

/** The one line printed after a complete run. */
final class ResultLine {
    private ResultLine() {
    }

    /** @return e.g. {@code done: 120 months in 1.9 s -> outputs/x; peak month 31, max drawdown 41%, bust month 38} */
    static String done(RunResult result, double seconds, Path folder) {
        Summary s = result.summary();
        return "done: " + result.monthsRecorded() + " months in " + Durations.format(seconds) + " -> " + folder
                + "; peak month " + orNa(s.peakMonth())
                + ", max drawdown " + percent(s.maxDrawdown())
                + (s.bustMonth() == null ? ", no bust" : ", bust month " + s.bustMonth());
    }

    private static String orNa(Integer value) {
        return value == null ? "n/a" : value.toString();
    }

    private static String percent(Double share) {
        return share == null ? "n/a" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
