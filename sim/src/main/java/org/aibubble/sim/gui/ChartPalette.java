package org.aibubble.sim.gui;

import java.awt.Color;
import java.util.List;

/**
 * The colours of the lines of a chart, in legend order: dark enough to read on the charts' white plot
 * (each has a contrast ratio of at least {@value #MIN_CONTRAST}:1 against white, the WCAG threshold for
 * graphics; JFreeChart's default sequence has yellow and light cyan, which do not) and told apart by
 * hue, after the colour-blind-safe Okabe-Ito set with its light members darkened (sky blue and yellow left out).
 */
final class ChartPalette {
    /** Least contrast ratio of a line colour against white. */
    static final double MIN_CONTRAST = 3.0;

    private static final List<Color> LINES = List.of(
            new Color(0x00, 0x72, 0xB2),  // blue
            new Color(0xC8, 0x4E, 0x00),  // vermillion
            new Color(0x00, 0x85, 0x5F),  // bluish green
            new Color(0xA8, 0x4F, 0x8C),  // reddish purple
            new Color(0x33, 0x33, 0x33),  // near black
            new Color(0x9A, 0x6A, 0x00),  // dark ochre (Okabe-Ito orange, darkened)
            new Color(0x6A, 0x3D, 0x9A)); // violet

    private ChartPalette() {
    }

    /** @return how many distinct line colours there are before they repeat */
    static int size() {
        return LINES.size();
    }

    /** @return the colour of the {@code index}-th line of a chart (repeating after {@link #size()}) */
    static Color line(int index) {
        return LINES.get(Math.floorMod(index, LINES.size()));
    }

    /** @return the WCAG contrast ratio of {@code colour} against white, from 1 to 21 */
    static double contrastOnWhite(Color colour) {
        return (1.0 + 0.05) / (luminance(colour) + 0.05);
    }

    private static double luminance(Color colour) {
        return 0.2126 * linear(colour.getRed()) + 0.7152 * linear(colour.getGreen()) + 0.0722 * linear(colour.getBlue());
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
