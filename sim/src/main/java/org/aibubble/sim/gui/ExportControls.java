package org.aibubble.sim.gui;

import java.awt.Component;
import java.awt.Container;
import java.util.Set;

import javax.swing.AbstractButton;
import javax.swing.JSplitPane;

import sim.display.Display2D;
import sim.util.media.chart.ChartGenerator;

/**
 * Hides the MASON controls that need the jars this build leaves out: movie export (JMF) and PDF
 * export (iText). PNG snapshots of displays keep working. Also folds a chart's settings side panel
 * away so the chart fills its small window (the panel can be dragged open again).
 */
final class ExportControls {
    private static final Set<String> NEEDS_EXCLUDED_JARS = Set.of("Save as PDF", "Create a Movie", "Create Movie");

    private ExportControls() {
    }

    /** @param display a 2-D display: hides its movie button */
    static void hideUnavailable(Display2D display) {
        if (display.movieButton != null) {
            display.movieButton.setVisible(false);
        }
    }

    /** @param chart a chart: hides its PDF and movie buttons and folds its settings panel */
    static void hideUnavailable(ChartGenerator chart) {
        hideButtons(chart);
        foldSidePanel(chart);
    }

    private static void hideButtons(Container container) {
        for (Component child : container.getComponents()) {
            if (child instanceof AbstractButton button && NEEDS_EXCLUDED_JARS.contains(button.getText())) {
                button.setVisible(false);
            } else if (child instanceof Container inner) {
                hideButtons(inner);
            }
        }
    }

    private static void foldSidePanel(Container container) {
        for (Component child : container.getComponents()) {
            if (child instanceof JSplitPane split) {
                split.setDividerLocation(0);
                return;
            }
        }
    }
}
