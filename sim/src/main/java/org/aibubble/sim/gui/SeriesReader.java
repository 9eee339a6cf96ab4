package org.aibubble.sim.gui;

import java.util.List;

import org.aibubble.agents.economy.Economy;

import sim.util.Valuable;

/**
 * Reads chart values from an economy's last recorded row by column name. It remembers the first
 * row it sees, which {@link SeriesScale#INDEX_TO_START} needs as its base.
 */
final class SeriesReader {
    private final Economy economy;
    private final List<String> columns;
    private double[] firstRow;

    SeriesReader(Economy economy) {
        this.economy = economy;
        this.columns = economy.seriesColumns();
    }

    /**
     * @param line the line to read
     * @return a value provider for MASON's chart scheduling, NaN before the first record
     */
    Valuable valueOf(SeriesSpec line) {
        int index = columns.indexOf(line.column());
        if (index < 0) {
            throw new IllegalArgumentException("no series column '" + line.column() + "'");
        }
        return () -> {
            double[] row = row();
            if (row == null) {
                return Double.NaN;
            }
            return line.scale().apply(row[index], firstRow[index]);
        };
    }

    private double[] row() {
        double[] row = economy.lastRow();
        if (row != null && firstRow == null) {
            firstRow = row;
        }
        return row;
    }
}
