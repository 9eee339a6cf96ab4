package org.aibubble.sim.gui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.List;

import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;

import org.aibubble.agents.config.EventSpec;
import org.aibubble.agents.config.EventType;
import org.aibubble.agents.config.ParameterException;
import org.aibubble.agents.economy.ScenarioEvents;
import org.aibubble.sim.engine.AiEconomySim;

/**
 * Buttons that fire a scenario event at the current month, each with its size, through the
 * economy's own event interface ({@link ScenarioEvents#fireNow}), so an intervention is applied and
 * logged exactly like a scheduled event. Below them, the events fired so far in this run.
 */
final class ScenarioEventsPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final int SHOWN_EVENTS = 6;

    private final transient AiEconomySim model;
    private final DefaultListModel<String> fired = new DefaultListModel<>();

    /** One button: the event, its default size and unit, and how long it lasts. */
    private record Intervention(String label, EventType type, double size, String unit, int months) {
    }

    private static final List<Intervention> INTERVENTIONS = List.of(
            new Intervention("Efficiency shock", EventType.EFFICIENCY_SHOCK, 0.4, "price cut", 1),
            new Intervention("Redemption wave", EventType.REDEMPTION_WAVE, 0.1, "NAV / quarter", 6),
            new Intervention("Rate shock", EventType.TERM_PREMIUM_SHOCK, 0.015, "added rate", 12));

    ScenarioEventsPanel(AiEconomySim model) {
        super(new BorderLayout());
        this.model = model;
        JPanel buttons = new JPanel(new GridLayout(INTERVENTIONS.size(), 2, 4, 2));
        for (Intervention intervention : INTERVENTIONS) {
            JTextField size = new JTextField(String.valueOf(intervention.size()), 5);
            JButton fire = new JButton(intervention.label());
            fire.setToolTipText("Fires " + intervention.type().configName()
                    + " now, for " + intervention.months() + " month(s); size: " + intervention.unit());
            fire.addActionListener(e -> fire(intervention, size));
            JPanel sizeAndUnit = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
            sizeAndUnit.add(size);
            sizeAndUnit.add(new JLabel(intervention.unit()));
            buttons.add(fire);
            buttons.add(sizeAndUnit);
        }
        JList<String> log = new JList<>(fired);
        log.setVisibleRowCount(SHOWN_EVENTS);
        add(buttons, BorderLayout.NORTH);
        add(new JScrollPane(log), BorderLayout.CENTER);
    }

    /** Re-reads the events fired so far (on the Swing thread, holding the schedule lock). */
    void refresh() {
        fired.clear();
        if (model.economy() == null) {
            return;
        }
        List<String> lines = model.economy().world().events().fired();
        for (int i = lines.size() - 1; i >= 0; i--) {
            fired.addElement(lines.get(i));
        }
    }

    private void fire(Intervention intervention, JTextField sizeField) {
        double size;
        try {
            size = Double.parseDouble(sizeField.getText().trim());
        } catch (NumberFormatException e) {
            sizeField.setText(String.valueOf(intervention.size()));
            return;
        }
        try {
            fire(intervention.type(), size, intervention.months());
        } catch (ParameterException rejected) {
            sizeField.setText(String.valueOf(intervention.size()));
        }
    }

    /**
     * Fires an event now, between months (holding the schedule lock, as MASON's inspectors do).
     *
     * @param type   the event
     * @param size   its size, in the unit of its type
     * @param months how long it lasts
     * @throws ParameterException if the size or duration is outside what a scenario event allows
     */
    void fire(EventType type, double size, int months) {
        if (model.economy() == null) {
            return;
        }
        synchronized (model.schedule) {
            model.intervene(type, size, months);
            refresh();
        }
    }
}
