package org.aibubble.sim.sweep.discovery;

import java.util.List;

/**
 * One box of the peeling trajectory. Coverage is the share of all target runs (busts) that fall in the
 * box, density the share of the box's runs that are target runs, mass the share of all runs in the box.
 *
 * @param step     0 for the box of all runs, then one per peel
 * @param runs     runs in the box
 * @param hits     target runs in the box
 * @param coverage {@code hits / all hits}
 * @param density  {@code hits / runs}
 * @param mass     {@code runs / all runs}
 * @param limits   the box, one limit per parameter in input order
 */
public record PrimStep(int step, int runs, int hits, double coverage, double density, double mass,
        List<PrimLimit> limits) {
    /** Copies the limits. */
    public PrimStep {
        limits = List.copyOf(limits);
    }
}
