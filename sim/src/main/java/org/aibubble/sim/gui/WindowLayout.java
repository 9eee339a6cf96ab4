package org.aibubble.sim.gui;

import java.awt.Rectangle;
import java.awt.Window;
import java.util.List;

/**
 * Places the GUI's windows on one 1920x1080 screen without overlap, as a grid of 4 x 3 cells of
 * 480 x 360 pixels: the Console takes the first column's top two cells, the histogram the cell under
 * it, the network display the second column's top two cells, and the time-series charts the
 * remaining seven cells (second column bottom, then the third and fourth columns top to bottom).
 */
final class WindowLayout {
    /** Width of one grid cell, pixels. */
    static final int CELL_WIDTH = 480;
    /** Height of one grid cell, pixels. */
    static final int CELL_HEIGHT = 360;
    /** Width over height of a chart drawn in one cell (the cell minus the chart window's own header). */
    static final double CHART_PROPORTION = 1.4;
    /** How many chart windows the layout has room for. */
    static final int CHART_CELLS = 7;

    private WindowLayout() {
    }

    /** @return the Console's bounds */
    static Rectangle console() {
        return cells(0, 0, 1, 2);
    }

    /** @return the household histogram's bounds */
    static Rectangle histogram() {
        return cells(0, 2, 1, 1);
    }

    /** @return the network display's bounds */
    static Rectangle network() {
        return cells(1, 0, 1, 2);
    }

    /**
     * @param index the chart's position, 0-based
     * @return its bounds
     * @throws IllegalArgumentException if there is no cell for it
     */
    static Rectangle chart(int index) {
        if (index < 0 || index >= CHART_CELLS) {
            throw new IllegalArgumentException("no window cell for chart " + index + "; the layout has " + CHART_CELLS);
        }
        if (index == 0) {
            return cells(1, 2, 1, 1);
        }
        int slot = index - 1;
        return cells(2 + slot / 3, slot % 3, 1, 1);
    }

    /**
     * @param windows the chart windows, in order
     */
    static void placeCharts(List<? extends Window> windows) {
        for (int i = 0; i < windows.size(); i++) {
            windows.get(i).setBounds(chart(i));
        }
    }

    private static Rectangle cells(int column, int row, int columns, int rows) {
        return new Rectangle(column * CELL_WIDTH, row * CELL_HEIGHT, columns * CELL_WIDTH, rows * CELL_HEIGHT);
    }
}
