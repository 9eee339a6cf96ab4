package org.aibubble.sim.sweep.spec;

import java.util.List;

/**
 * A parameter that takes one of a list of values (numbers, {@code true}/{@code false}, names).
 * Sampling designs give each value an equal share of the unit interval; a grid visits them in order.
 *
 * @param path   the config path
 * @param values the values, as config text, at least 2 and all different
 */
public record ValueListParameter(String path, List<String> values) implements SweepParameter {
    /** Copies the list. */
    public ValueListParameter {
        values = List.copyOf(values);
    }

    @Override
    public String valueAt(double u) {
        int k = values.size();
        return values.get(Math.min(k - 1, (int) Math.floor(u * k)));
    }

    @Override
    public List<String> gridLevels() {
        return values;
    }
}
