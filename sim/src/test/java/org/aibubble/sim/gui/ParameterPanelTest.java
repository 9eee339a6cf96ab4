package org.aibubble.sim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import java.util.List;

import javax.swing.JButton;
import javax.swing.JTable;
import javax.swing.JTabbedPane;

import org.aibubble.sim.TestConfigs;
import org.aibubble.sim.config.ConfigComments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import sim.display.Console;

/**
 * The Console's Parameters tab: keys by sector with their comments as tooltips, a value refused with the CLI's
 * one-line error, a value accepted applied at the next start by the Restart button.
 */
@Tag("gui")
class ParameterPanelTest {
    @BeforeEach
    void needsDisplay() {
        GuiTestSupport.assumeDisplay();
    }

    @Test
    void valuesAreCheckedAtOnceAndTakeEffectAtTheNextStart() throws Exception {
        AiEconomyWithUI gui = GuiLauncher.open(GuiConfigs.baseline(),
                ConfigComments.read(List.of(TestConfigs.BASELINE)), 2, false, 0, null);
        try {
            Console console = (Console) gui.controller;
            ParameterPanel panel = gui.parameterPanel();
            GuiTestSupport.onEdt(() -> {
                JTabbedPane tabs = console.getTabPane();
                assertSame(panel, tabs.getComponentAt(tabs.indexOfTab(GuiLauncher.PARAMETERS_TAB)));
                JTable table = panel.table();
                panel.showOnly("hyperscalers", "firms[2].capex");
                assertEquals(1, table.getRowCount());
                assertEquals("hyperscalers.firms[2].capex", table.getValueAt(0, 0));
                Rectangle cell = table.getCellRect(0, 0, true);
                String tooltip = table.getToolTipText(new MouseEvent(table, MouseEvent.MOUSE_MOVED, 0, 0,
                        cell.x + 2, cell.y + 2, 0, false));
                assertNotNull(tooltip);
                assertTrue(tooltip.contains("Capex run-rate at the start, per year"), tooltip);
                panel.showOnly(ParameterPanel.ALL, "phillips curve");
                assertEquals("macro.phillipsSlope", table.getValueAt(0, 0), "the filter reads the comments too");

                assertFalse(panel.set("hyperscalers.firms[2].capex", "-5"));
                assertEquals("error: hyperscalers.firms[2].capex = -5: must be in [0, 100000]", panel.statusText());
                assertTrue(panel.set("hyperscalers.firms[2].capex", "200"));
                assertTrue(panel.set("run.months", "30"));
                assertTrue(panel.statusText().contains("apply at the next start"), panel.statusText());
                assertEquals(120, gui.model().config().hyperscalers().firms().get(2).capex(), 0.0,
                        "not applied to the running model");
                button(panel, "Restart at month 0").doClick();
            });
            GuiTestSupport.onEdt(() -> {
                assertEquals(Console.PS_PAUSED, console.getPlayState(), "started again, paused");
                assertEquals(0, gui.model().monthsDone());
                assertEquals(200, gui.model().config().hyperscalers().firms().get(2).capex(), 0.0);
                assertEquals(30, console.getWhenShouldEnd(), "the Console ends at the new run.months");
                assertTrue(panel.statusText().contains("in force since the last start"), panel.statusText());
            });
        } finally {
            GuiLauncher.close(gui);
        }
    }

    private static JButton button(Container container, String text) {
        for (Component c : container.getComponents()) {
            if (c instanceof JButton b && text.equals(b.getText())) {
                return b;
            }
            if (c instanceof Container inner) {
                JButton found = button(inner, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
