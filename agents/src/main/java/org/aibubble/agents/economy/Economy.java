package org.aibubble.agents.economy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.aibubble.agents.config.ModelConfig;

import ec.util.MersenneTwisterFast;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The whole economy: every agent, the ledger and the markets, built from one config and one random
 * stream. It does not know whether it runs headless, in a sweep or under the GUI.
 *
 * <p>CONTRACT STUB: the real agents replace this body; the public methods stay.
 */
public final class Economy implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ModelConfig config;
    private final MersenneTwisterFast random;
    private final Map<Phase, List<Steppable>> agentsByPhase = new EnumMap<>(Phase.class);
    private final List<String> columns = new ArrayList<>();
    private double[] lastRow;
    private long month;

    private Economy(ModelConfig config, MersenneTwisterFast random) {
        this.config = config;
        this.random = random;
        for (Phase p : Phase.values()) {
            agentsByPhase.put(p, new ArrayList<>());
        }
        columns.addAll(List.of("month", "ai_index", "broad_index", "capex_total", "capex_h1", "ledger_error"));
        agentsByPhase.get(Phase.RECORD).add(this::record);
    }

    /**
     * @param config the validated parameter tree
     * @param random the run's one random stream (MASON's, seeded from {@code config.run().seed()})
     * @return the economy at its starting month
     */
    public static Economy build(ModelConfig config, MersenneTwisterFast random) {
        return new Economy(config, random);
    }

    /** @return the agents of {@code phase}, in the order they step */
    public List<Steppable> agentsIn(Phase phase) {
        return List.copyOf(agentsByPhase.get(phase));
    }

    /** @return the names of the monthly series columns, in order */
    public List<String> seriesColumns() {
        return List.copyOf(columns);
    }

    /** @return the values of the last recorded month, aligned with {@link #seriesColumns()}; null before the first */
    public double[] lastRow() {
        return lastRow == null ? null : lastRow.clone();
    }

    /** @return the config the economy was built from */
    public ModelConfig config() {
        return config;
    }

    private void record(SimState state) {
        lastRow = new double[] {month, 100 + random.nextGaussian(), 100, 37.5, 7.5, 0};
        month++;
    }
}
