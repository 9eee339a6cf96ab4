package org.aibubble.sim.gui;

import java.util.List;

import org.aibubble.agents.economy.Economy;

import sim.util.Valuable;

/**
 * Reads chart values from an economy's last recorded row by column name. It remembers the first
 * row it sees, which {@link SeriesScale#INDEX_TO_START} needs as its base, and sums the columns a
 * {@link SeriesScale#SHARE_OF_SUM} line is a share of.
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
        int[] parts = indicesOf(line.sumOf());
        return () -> {
            double[] row = row();
            if (row == null) {
                return Double.NaN;
            }
            double base = line.scale() == SeriesScale.SHARE_OF_SUM ? sum(row, parts) : firstRow[index];
            return line.scale().apply(row[index], base);
        };
    }

    private int[] indicesOf(List<String> names) {
        int[] indices = new int[names.size()];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = columns.indexOf(names.get(i));
            if (indices[i] < 0) {
                throw new IllegalArgumentException("no series column '" + names.get(i) + "'");
            }
        }
        return indices;
    }

    private static double sum(double[] row, int[] indices) {
        double total = 0.0;
        for (int index : indices) {
            total += row[index];
        }
        return total;
    }

    private double[] row() {
        double[] row = economy.lastRow();
        if (row != null && firstRow == null) {
            firstRow = row;
        }
        return row;
    }
}
