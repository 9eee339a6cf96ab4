package org.aibubble.sim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Chart lines readable on white, and node labels that stay inside the network display. */
class ChartPaletteTest {
    @Test
    void everyLineColourIsReadableOnWhiteAndDistinct() {
        Set<Color> seen = new HashSet<>();
        for (int i = 0; i < ChartPalette.size(); i++) {
            Color colour = ChartPalette.line(i);
            assertTrue(ChartPalette.contrastOnWhite(colour) >= ChartPalette.MIN_CONTRAST,
                    "line " + i + " " + colour + ": contrast " + ChartPalette.contrastOnWhite(colour));
            assertTrue(seen.add(colour), "line " + i + " repeats a colour");
        }
        assertEquals(ChartPalette.line(0), ChartPalette.line(ChartPalette.size()), "repeats after the last");
        assertTrue(ChartPalette.contrastOnWhite(Color.YELLOW) < ChartPalette.MIN_CONTRAST, "yellow would fail");
        assertEquals(21.0, ChartPalette.contrastOnWhite(Color.BLACK), 1e-9);
    }

    @Test
    void aNodeLabelGoesLeftOfTheDiscWhereItWouldRunPastTheRightEdge() {
        assertEquals(100 + 5 + 3, NodePortrayal.labelX(60, 100, 5, 440), 1e-9, "fits to the right");
        double flipped = NodePortrayal.labelX(100, 380, 5, 440);
        assertEquals(380 - 5 - 3 - 100, flipped, 1e-9, "software-borrowers in the right-hand column");
        assertTrue(flipped + 100 <= 440);
    }
}
