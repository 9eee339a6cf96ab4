package org.aibubble.sim.cli;

import java.util.Locale;

/** Short human text for durations: {@code 1.9 s}, {@code 3 min 12 s}, {@code 2 h 05 min}. */
final class Durations {
    private Durations() {
    }

    /** @return {@code seconds} as short text */
    static String format(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "?";
        }
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long whole = Math.round(seconds);
        if (whole < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", whole / 60, whole % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", whole / 3600, whole % 3600 / 60);
    }
}
