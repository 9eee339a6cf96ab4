package org.aibubble.sim.gui;

import java.awt.Component;
import java.awt.Container;
import java.util.Set;

import javax.swing.AbstractButton;
import javax.swing.Box;
import javax.swing.JSplitPane;

import sim.display.Display2D;
import sim.util.gui.DisclosurePanel;
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

    /**
     * Hides every export button, also inside collapsed disclosure panels (MASON adds their content
     * only when opened); a disclosure panel left with nothing but such buttons is hidden whole.
     *
     * @return whether {@code container} holds anything visible besides the hidden buttons
     */
    private static boolean hideButtons(Container container) {
        boolean somethingElse = false;
        for (Component child : container.getComponents()) {
            if (child instanceof AbstractButton button && NEEDS_EXCLUDED_JARS.contains(button.getText())) {
                button.setVisible(false);
            } else if (child instanceof DisclosurePanel disclosure
                    && disclosure.getDisclosedComponent() instanceof Container disclosed) {
                boolean keep = hideButtons(disclosed);
                disclosure.setVisible(keep);
                somethingElse |= keep;
            } else if (child instanceof Container inner && inner.getComponentCount() > 0) {
                somethingElse |= hideButtons(inner);
            } else if (!(child instanceof Box.Filler)) {
                somethingElse = true;
            }
        }
        return somethingElse;
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
