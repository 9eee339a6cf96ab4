package org.aibubble.sim.mechanisms;

import java.util.ArrayList;
import java.util.List;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.economy.World;
import org.aibubble.sim.TestConfigs;
import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.config.ConfigOverride;
import org.aibubble.sim.engine.AiEconomySim;

/**
 * Small runs of the shipped baseline for the mechanism tests: {@code --set}-style overrides on top of it, a
 * few thousand households, stepped month by month so a test can read (and poke) the world between months.
 */
final class MechanismRuns {
    /** Households in a mechanism run: enough for stable group totals, few enough for a fast test. */
    static final int HOUSEHOLDS = 1500;
    /** The seed of a mechanism run unless a test chooses one. */
    static final long SEED = 11;

    private MechanismRuns() {
    }

    /**
     * @param seed the run seed
     * @param sets overrides as {@code path=value}, e.g. {@code fed.qe=off}
     * @return the baseline with these overrides, {@link #HOUSEHOLDS} households and a 120-month horizon
     */
    static ModelConfig config(long seed, String... sets) {
        List<ConfigOverride> overrides = new ArrayList<>();
        overrides.add(ConfigOverride.ofOption("run.seed", Long.toString(seed), "test"));
        overrides.add(ConfigOverride.ofOption("run.households", Integer.toString(HOUSEHOLDS), "test"));
        for (String set : sets) {
            try {
                overrides.add(ConfigOverride.parse(set));
            } catch (ConfigException e) {
                throw new IllegalArgumentException(set, e);
            }
        }
        try {
            return new ConfigLoader().load(TestConfigs.BASELINE, overrides).config();
        } catch (ConfigException e) {
            throw new IllegalArgumentException("override not accepted: " + e.getMessage(), e);
        }
    }

    /** @return a started model of the baseline with these overrides ({@link #SEED}), not yet stepped */
    static AiEconomySim start(String... sets) {
        AiEconomySim sim = new AiEconomySim(config(SEED, sets));
        sim.start();
        return sim;
    }

    /** @return a model of the baseline with these overrides ({@link #SEED}), stepped {@code months} months */
    static AiEconomySim stepped(int months, String... sets) {
        AiEconomySim sim = start(sets);
        step(sim, months);
        return sim;
    }

    /** Steps {@code months} months. */
    static void step(AiEconomySim sim, int months) {
        for (int m = 0; m < months; m++) {
            sim.stepMonth();
        }
    }

    /** @return the world of a started model */
    static World world(AiEconomySim sim) {
        return sim.economy().world();
    }

    /** @return the value of {@code column} in the last recorded row */
    static double last(AiEconomySim sim, String column) {
        int c = sim.economy().seriesColumns().indexOf(column);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + column);
        }
        return sim.economy().lastRow()[c];
    }
}
