package org.aibubble.sim.sweep.spec;

import java.util.List;

/**
 * One varied parameter of a sweep: a config path (as for {@code --set}, e.g.
 * {@code privateCredit.behaviour.gate} or {@code hyperscalers[2].gpuEconomicLife}) and the values it
 * may take. Values are config text, exactly as applied to the config and written to {@code runs.csv}.
 */
public sealed interface SweepParameter permits RangeParameter, ValueListParameter {
    /** @return the config path of the parameter */
    String path();

    /**
     * @param u a coordinate in {@code [0, 1)} from the design's sampler
     * @return the value at that coordinate, as config text
     */
    String valueAt(double u);

    /** @return the values a grid design visits, in order */
    List<String> gridLevels();
}
