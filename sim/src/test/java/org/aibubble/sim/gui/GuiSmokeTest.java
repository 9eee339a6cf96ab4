package org.aibubble.sim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.util.ArrayList;
import java.util.List;

import javax.swing.AbstractButton;

import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import sim.util.gui.DisclosurePanel;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

/** Starts the GUI on the baseline, plays 24 months and checks every window is up to date. */
@Tag("gui")
class GuiSmokeTest {
    private static final int MONTHS = 24;

    @BeforeEach
    void needsDisplay() {
        GuiTestSupport.assumeDisplay();
    }

    @Test
    void playsTwoYearsWithConsoleChartsAndNetworkShownThenClosesCleanly() throws Exception {
        List<Frame> shown = new ArrayList<>();
        try (GuiTestSupport.Session session = GuiTestSupport.playMonths(GuiConfigs.baseline(), MONTHS)) {
            assertTrue(session.console().isShowing(), "the Console is shown");
            assertEquals(MONTHS, session.gui().model().monthsDone());
            List<TimeSeriesChartGenerator> charts = session.gui().charts().charts();
            assertEquals(ChartCatalogue.standard().size(), charts.size());
            for (TimeSeriesChartGenerator chart : charts) {
                assertTrue(chart.getFrame().isShowing(), chart.getTitle() + " is shown");
                shown.add(chart.getFrame());
            }
            assertFalse(session.gui().charts().lines().isEmpty());
            for (TimeSeriesAttributes line : session.gui().charts().lines()) {
                XYSeries series = line.getSeries();
                assertEquals(MONTHS, series.getItemCount(), line.getSeriesName() + " holds one point a month");
            }
            FinancialNetworkView network = session.gui().network();
            assertTrue(network.display().getFrame().isShowing(), "the network is shown");
            shown.add(network.display().getFrame());
            assertEquals(session.gui().model().economy().ledger().size(), network.agents().size());
            assertTrue(network.linkCount() > 0, "the network has financial links");
            assertTrue(session.gui().histogram().frame().isShowing(), "the histogram is shown");
            assertTrue(session.gui().histogram().groupCount() > 0, "the histogram has one series per group");
            assertFalse(network.display().movieButton.isVisible(), "movie export needs JMF, left out of this build");
            for (TimeSeriesChartGenerator chart : charts) {
                assertTrue(visibleButtons(chart).stream().noneMatch(text -> text.contains("PDF") || text.contains("Movie")),
                        chart.getTitle() + " offers no PDF or movie export");
            }
        }
        for (Frame frame : shown) {
            assertFalse(frame.isDisplayable(), frame.getTitle() + " is closed");
        }
    }

    private static List<String> visibleButtons(Container container) {
        List<String> texts = new ArrayList<>();
        for (Component child : container.getComponents()) {
            if (!child.isVisible()) {
                continue;
            }
            if (child instanceof AbstractButton button && button.getText() != null) {
                texts.add(button.getText());
            }
            if (child instanceof DisclosurePanel disclosure
                    && disclosure.getDisclosedComponent() instanceof Container disclosed) {
                texts.addAll(visibleButtons(disclosed));
            } else if (child instanceof Container inner) {
                texts.addAll(visibleButtons(inner));
            }
        }
        return texts;
    }
}
