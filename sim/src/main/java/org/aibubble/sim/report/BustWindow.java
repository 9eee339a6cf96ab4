package org.aibubble.sim.report;

import java.util.Optional;

/**
 * The months to shade as the bust: from the summary's {@code bust_month} to the trough of the AI
 * index after it (the summary's {@code trough_month} when it has one, else the month of the index's
 * lowest value from the bust on). No bust, no window.
 *
 * @param from the bust month
 * @param to   the trough month (at least {@code from})
 */
public record BustWindow(double from, double to) {
    /**
     * @param months  the month of each row
     * @param aiIndex the AI index of each row
     * @param bust    the bust month from the summary, if there was one
     * @return the window, or empty without a bust
     */
    public static Optional<BustWindow> of(double[] months, double[] aiIndex, Optional<Double> bust) {
        if (bust.isEmpty()) {
            return Optional.empty();
        }
        double from = bust.get();
        double to = from;
        double lowest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < months.length; i++) {
            if (months[i] >= from && aiIndex[i] < lowest) {
                lowest = aiIndex[i];
                to = months[i];
            }
        }
        return Optional.of(new BustWindow(from, to));
    }
}
