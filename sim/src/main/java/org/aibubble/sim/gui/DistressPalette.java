package org.aibubble.sim.gui;

import java.awt.Color;

import org.aibubble.agents.economy.Distress;

/** The colour of each distress state in the network display, from calm to broken, and of household groups. */
final class DistressPalette {
    private static final Color HEALTHY = new Color(46, 160, 67);
    private static final Color STRESSED = new Color(240, 160, 20);
    private static final Color GATED = new Color(150, 60, 200);
    private static final Color FAILED = new Color(210, 30, 30);
    private static final Color NOT_RATED = new Color(90, 140, 200);

    private DistressPalette() {
    }

    /** @return the fill colour of a node in {@code distress}; null (a household group) has its own colour */
    static Color of(Distress distress) {
        if (distress == null) {
            return NOT_RATED;
        }
        return switch (distress) {
            case HEALTHY -> HEALTHY;
            case STRESSED -> STRESSED;
            case GATED -> GATED;
            case FAILED -> FAILED;
        };
    }
}
