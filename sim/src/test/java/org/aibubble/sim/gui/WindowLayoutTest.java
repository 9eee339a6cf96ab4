package org.aibubble.sim.gui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class WindowLayoutTest {
    @Test
    void everyWindowFitsOneFullHdScreenWithoutOverlap() {
        List<Rectangle> cells = new ArrayList<>(List.of(WindowLayout.console(), WindowLayout.histogram(),
                WindowLayout.network()));
        for (int i = 0; i < WindowLayout.CHART_CELLS; i++) {
            cells.add(WindowLayout.chart(i));
        }
        Rectangle screen = new Rectangle(0, 0, 1920, 1080);
        for (int i = 0; i < cells.size(); i++) {
            assertTrue(screen.contains(cells.get(i)), "window " + i + " is on screen");
            for (int j = i + 1; j < cells.size(); j++) {
                assertFalse(cells.get(i).intersects(cells.get(j)), "windows " + i + " and " + j + " overlap");
            }
        }
    }

    @Test
    void everyStandardChartHasACell() {
        assertTrue(ChartCatalogue.standard().size() <= WindowLayout.CHART_CELLS);
        assertThrows(IllegalArgumentException.class, () -> WindowLayout.chart(WindowLayout.CHART_CELLS));
    }
}
