package org.aibubble.sim.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.table.AbstractTableModel;

import org.aibubble.sim.format.NumberText;

import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * What a double-click on an agent shows: its headline figures (name, sector, distress, totals), its
 * balance sheet by instrument and its recent decisions, refreshed every month while it is open.
 */
final class AgentInspector extends Inspector {
    private static final long serialVersionUID = 1L;

    private final AgentNode node;
    private final SimpleInspector headline;
    private final BalanceSheetModel sheet = new BalanceSheetModel();
    private final DefaultListModel<String> decisions = new DefaultListModel<>();

    AgentInspector(AgentNode node, GUIState gui) {
        this.node = node;
        setVolatile(true);
        setTitle(node.getName());
        setLayout(new BorderLayout());
        headline = new SimpleInspector(node, gui, node.getName());
        headline.setVolatile(true);
        JTable table = new JTable(sheet);
        table.setPreferredScrollableViewportSize(new Dimension(320, 150));
        JScrollPane sheetPane = new JScrollPane(table);
        sheetPane.setBorder(BorderFactory.createTitledBorder("Balance sheet (USD bn)"));
        JList<String> decisionList = new JList<>(decisions);
        decisionList.setVisibleRowCount(6);
        JScrollPane decisionPane = new JScrollPane(decisionList);
        decisionPane.setBorder(BorderFactory.createTitledBorder("Recent decisions (newest first)"));
        JPanel tables = new JPanel(new BorderLayout());
        tables.add(sheetPane, BorderLayout.NORTH);
        tables.add(decisionPane, BorderLayout.CENTER);
        add(headline, BorderLayout.NORTH);
        add(tables, BorderLayout.CENTER);
        updateInspector();
    }

    @Override
    public void updateInspector() {
        headline.updateInspector();
        sheet.setRows(node.balanceSheet());
        decisions.clear();
        for (String decision : node.recentDecisions()) {
            decisions.addElement(decision);
        }
    }

    /** The balance-sheet table: item, asset, liability. */
    private static final class BalanceSheetModel extends AbstractTableModel {
        private static final long serialVersionUID = 1L;
        private static final String[] COLUMNS = {"item", "assets", "liabilities / net worth"};
        private List<BalanceSheetRow> rows = List.of();

        void setRows(List<BalanceSheetRow> newRows) {
            rows = List.copyOf(newRows);
            fireTableDataChanged();
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int column) {
            return COLUMNS[column];
        }

        @Override
        public Object getValueAt(int row, int column) {
            BalanceSheetRow line = rows.get(row);
            return switch (column) {
                case 0 -> line.item();
                case 1 -> NumberText.withUnit(line.asset(), NumberText.Unit.PLAIN);
                default -> NumberText.withUnit(line.liability(), NumberText.Unit.PLAIN);
            };
        }
    }
}
