package org.aibubble.sim.gui;

import java.awt.BorderLayout;

import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JLabel;

import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The Console's Model tab. It is volatile, so MASON refreshes it after every month, but a refresh
 * only touches the read-only live statistics: the editable levers sit in a separate, non-volatile
 * inspector (with its own Refresh button), so typing into a field is never wiped by a running month.
 * Edits are applied between months (MASON's inspector takes the schedule lock); pause first to change
 * several levers at the same month.
 */
final class ModelTabInspector extends Inspector {
    private static final long serialVersionUID = 1L;

    private final SimpleInspector statistics;
    private final ScenarioEventsPanel events;

    /**
     * @param gui        the GUI state
     * @param statistics the live statistics bean
     * @param levers     the editable policy levers
     * @param events     the panel of buttons that fire scenario events now
     */
    ModelTabInspector(GUIState gui, LiveStatistics statistics, PolicyLevers levers, ScenarioEventsPanel events) {
        setVolatile(true);
        setLayout(new BorderLayout());
        this.statistics = new SimpleInspector(statistics, gui, "Live statistics (every month)");
        this.statistics.setVolatile(true);
        this.events = events;
        SimpleInspector leverInspector = new SimpleInspector(levers, gui, "Levers (apply between months)");
        leverInspector.setVolatile(false);
        Box column = new Box(BoxLayout.Y_AXIS);
        column.add(titled(this.statistics, "Live statistics"));
        column.add(titled(leverInspector, "Policy levers"));
        column.add(titled(events, "Scenario events now"));
        column.add(new JLabel(" Pause, edit, press Play: edits apply from the next month."));
        add(column, BorderLayout.NORTH);
    }

    @Override
    public void updateInspector() {
        statistics.updateInspector();
        events.refresh();
    }

    private static JComponent titled(JComponent component, String title) {
        component.setBorder(BorderFactory.createTitledBorder(title));
        return component;
    }
}
