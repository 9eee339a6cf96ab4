package org.aibubble.sim.gui;

import java.awt.Color;

import org.aibubble.agents.economy.Distress;

/** The colour of each distress state in the network display, from calm to broken. */
final class DistressPalette {
    private static final Color HEALTHY = new Color(46, 160, 67);
    private static final Color STRESSED = new Color(240, 160, 20);
    private static final Color GATED = new Color(150, 60, 200);
    private static final Color FAILED = new Color(210, 30, 30);

    private DistressPalette() {
    }

    /** @return the fill colour of a node in {@code distress} */
    static Color of(Distress distress) {
        return switch (distress) {
            case HEALTHY -> HEALTHY;
            case STRESSED -> STRESSED;
            case GATED -> GATED;
            case FAILED -> FAILED;
        };
    }
}
