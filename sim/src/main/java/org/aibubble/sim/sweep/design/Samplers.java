package org.aibubble.sim.sweep.design;

/** Argument checks shared by the samplers. */
final class Samplers {
    private Samplers() {
    }

    static void checkSize(int points, int dimensions) {
        if (points < 1) {
            throw new IllegalArgumentException("points must be >= 1, was " + points);
        }
        if (dimensions < 1) {
            throw new IllegalArgumentException("dimensions must be >= 1, was " + dimensions);
        }
    }
}
