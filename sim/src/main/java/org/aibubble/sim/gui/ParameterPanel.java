package org.aibubble.sim.gui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.DefaultTableCellRenderer;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.config.RunSettings;
import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.engine.AiEconomySim;

import sim.display.Console;

/**
 * The Console's Parameters tab: every numeric key of the config (but {@code run.seed}, which the Console tab's
 * seed field sets), by sector (the config's top-level sections), with the config file's comment above a key
 * as its tooltip and a filter on key and comment. A value typed in is checked at once through the
 * command line's {@code --set} path ({@link ParameterSheet}); a refused one is shown as the one-line error
 * below the table and not kept. Values are never applied to a running model: they take effect when the
 * model next starts - Stop then Play, or the Restart button (Stop, then start paused at month 0) - and from
 * then on are part of the config the session folder saves ({@code gui --out}).
 */
final class ParameterPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    /** The sector choice that shows every section. */
    static final String ALL = "all sectors";
    private static final Color ERROR = new Color(0xb0, 0x00, 0x20);
    private static final int TOOLTIP_WIDTH_PX = 360;

    private final transient ParameterSheet sheet;
    private final transient AiEconomySim model;
    private final transient Console console;
    private final Rows rows;
    private final JComboBox<String> sector = new JComboBox<>();
    private final JTextField filter = new JTextField(12);
    private final JLabel status = new JLabel(" ");
    private String statusText = "";
    private final JTable table;

    /**
     * @param sheet   the keys and the values set
     * @param model   the model whose next start takes the values
     * @param console the Console (its Stop and Pause buttons restart the model)
     */
    ParameterPanel(ParameterSheet sheet, AiEconomySim model, Console console) {
        super(new BorderLayout(0, 4));
        this.sheet = sheet;
        this.model = model;
        this.console = console;
        this.rows = new Rows();
        sector.addItem(ALL);
        sheet.sections().forEach(sector::addItem);
        sector.addActionListener(e -> rows.refilter());
        filter.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                rows.refilter();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                rows.refilter();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                rows.refilter();
            }
        });
        filter.setToolTipText("Shows the keys whose path or comment contains this text");
        table = new JTable(rows) {
            private static final long serialVersionUID = 1L;

            @Override
            public String getToolTipText(MouseEvent event) {
                int row = rowAtPoint(event.getPoint());
                return row < 0 ? null : tooltip(rows.parameter(row));
            }
        };
        table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        table.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        table.getColumnModel().getColumn(0).setPreferredWidth(300);
        table.getColumnModel().getColumn(1).setPreferredWidth(100);
        table.getColumnModel().getColumn(1).setCellRenderer(new EditedRenderer());
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        top.add(new JLabel("Sector"));
        top.add(sector);
        top.add(new JLabel("Filter"));
        top.add(filter);
        JButton restart = new JButton("Restart at month 0");
        restart.setToolTipText("Stop, then start paused at month 0 with these values");
        restart.addActionListener(e -> restart());
        JButton reset = new JButton("Config values");
        reset.setToolTipText("Every key back to the value of the config the GUI was opened on");
        reset.addActionListener(e -> reset());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        buttons.add(restart);
        buttons.add(reset);
        JPanel bottom = new JPanel(new BorderLayout());
        status.setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
        bottom.add(status, BorderLayout.NORTH);
        bottom.add(buttons, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(bottom, BorderLayout.SOUTH);
        showState();
    }

    /**
     * Sets a key as if typed into its field.
     *
     * @param path the key
     * @param text the value
     * @return whether it was accepted (else the status line shows why)
     */
    boolean set(String path, String text) {
        try {
            ModelConfig next = sheet.set(path, text);
            model.startNextUnder(next);
            showState();
            rows.fireTableDataChanged();
            return true;
        } catch (ConfigException e) {
            show("error: " + e.getMessage(), ERROR);
            return false;
        }
    }

    /** The model started: the values set are in force now (or are still to come, if set since). */
    void modelStarted() {
        showState();
    }

    /** @return the status line (an error, or what the values set do) */
    String statusText() {
        return statusText;
    }

    /** @return the table (for tests) */
    JTable table() {
        return table;
    }

    /** Shows only the keys of {@code section} ({@link #ALL} for every one) whose path or comment holds {@code text}. */
    void showOnly(String section, String text) {
        sector.setSelectedItem(section);
        filter.setText(text);
    }

    private void restart() {
        console.pressStop();
        console.pressPause();
    }

    private void reset() {
        model.startNextUnder(sheet.reset());
        rows.fireTableDataChanged();
        showState();
    }

    private void showState() {
        int set = sheet.edits().size();
        if (set == 0) {
            show(inForce() ? "The config's values." : "The config's values from the next start.", Color.DARK_GRAY);
        } else {
            show(set + (set == 1 ? " value" : " values") + " set"
                    + (inForce() ? ", in force since the last start." : ": they apply at the next start (Restart)."),
                    Color.DARK_GRAY);
        }
    }

    /** Shows one line of status, wrapped to the tab's width. */
    private void show(String text, Color colour) {
        statusText = text;
        status.setForeground(colour);
        status.setText("<html><div style='width:" + TOOLTIP_WIDTH_PX + "px'>" + escape(text) + "</div></html>");
        revalidate();
    }

    /** @return whether the model runs on the values set (seed apart: the Console's field sets it) */
    private boolean inForce() {
        ModelConfig running = model.config();
        ModelConfig wanted = sheet.config();
        RunSettings run = wanted.run();
        return wanted.withRun(new RunSettings(running.run().seed(), run.months(), run.start(), run.households()))
                .equals(running);
    }

    private static String tooltip(ParameterSheet.Parameter parameter) {
        String comment = parameter.comment().isEmpty() ? "(no comment in the config file)" : escape(parameter.comment());
        return "<html><div style='width:" + TOOLTIP_WIDTH_PX + "px'><b>" + escape(parameter.path()) + "</b> = "
                + escape(parameter.configValue()) + " in the config<br>" + comment + "</div></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The keys shown: the chosen sector's whose path or comment contains the filter text. */
    private final class Rows extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private transient List<ParameterSheet.Parameter> shown = new ArrayList<>(sheet.parameters());

        void refilter() {
            String chosen = (String) sector.getSelectedItem();
            String text = filter.getText().trim().toLowerCase(Locale.ROOT);
            List<ParameterSheet.Parameter> kept = new ArrayList<>();
            for (ParameterSheet.Parameter p : sheet.parameters()) {
                boolean inSector = chosen == null || ALL.equals(chosen) || chosen.equals(p.section());
                boolean matches = text.isEmpty() || p.path().toLowerCase(Locale.ROOT).contains(text)
                        || p.comment().toLowerCase(Locale.ROOT).contains(text);
                if (inSector && matches) {
                    kept.add(p);
                }
            }
            shown = kept;
            fireTableDataChanged();
        }

        ParameterSheet.Parameter parameter(int row) {
            return shown.get(row);
        }

        @Override
        public int getRowCount() {
            return shown.size();
        }

        @Override
        public int getColumnCount() {
            return 2;
        }

        @Override
        public String getColumnName(int column) {
            return column == 0 ? "Key" : "Value";
        }

        @Override
        public Object getValueAt(int row, int column) {
            ParameterSheet.Parameter p = shown.get(row);
            return column == 0 ? p.path() : sheet.value(p.path());
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return column == 1;
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            set(shown.get(row).path(), String.valueOf(value));
        }
    }

    /** Shows a value set in the panel in bold, so the changes from the config stand out. */
    private final class EditedRenderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus,
                int row, int column) {
            Component c = super.getTableCellRendererComponent(t, value, selected, focus, row, column);
            boolean edited = sheet.edited(rows.parameter(row).path());
            c.setFont(c.getFont().deriveFont(edited ? Font.BOLD : Font.PLAIN));
            return c;
        }
    }
}
