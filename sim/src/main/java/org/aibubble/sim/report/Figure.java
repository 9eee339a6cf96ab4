package org.aibubble.sim.report;

import org.jfree.chart.JFreeChart;

/**
 * One chart of a report: the PNG file it is written to (a bare file name in the report's folder),
 * the caption shown under it, and the chart itself.
 *
 * @param fileName the PNG file name, e.g. {@code chart-ai-index.png}
 * @param caption  one sentence saying what to look at
 * @param chart    the chart
 */
public record Figure(String fileName, String caption, JFreeChart chart) {
    /** Validates that the file name is a bare PNG name (no folder), so the report ships it. */
    public Figure {
        if (!fileName.matches("[a-z0-9-]+\\.png")) {
            throw new IllegalArgumentException("figure file name must be a bare lower-case .png name: " + fileName);
        }
    }
}
