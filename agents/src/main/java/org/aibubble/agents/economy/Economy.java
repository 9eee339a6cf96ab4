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

    private ModelConfig config;
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

    /**
     * Continues the economy under a branch scenario (the {@code branch} command): from the next month on,
     * the scenario's events are those of {@code branchConfig} (all unfired; a condition that already holds
     * fires in the next month) and the policy parameters are those of {@code branchConfig}. Every stock,
     * belief and the random stream stay as they are. Continuing under an equal config changes nothing.
     *
     * @param branchConfig the base config with only the scenario and the policy section changed
     * @throws IllegalArgumentException if {@code branchConfig} differs from {@link #config()} in any other section
     */
    public void continueUnder(ModelConfig branchConfig) {
        if (!branchConfig.run().equals(config.run())) {
            throw new IllegalArgumentException("a branch may not change the run section");
        }
        config = branchConfig;
    }

    /**
     * Resets every random source of the economy (the MASON stream and any keyed draws) from
     * {@code seed}, so a branch can be continued under several seeds. Deterministic: the same seed at
     * the same saved state gives the same continuation.
     *
     * @param seed the continuation seed
     */
    public void reseed(long seed) {
        random.setSeed(seed);
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
