package org.aibubble.sim.checkpoint;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.economy.Economy;
import org.aibubble.sim.engine.AiEconomySim;

import ec.util.MersenneTwisterFast;
import sim.engine.Schedule;

/**
 * Everything needed to continue a run exactly where it stopped: the whole MASON model (the economy,
 * its schedule and its one random stream) and the series rows recorded so far.
 *
 * @param sim     the model, stopped after the month of the last row
 * @param columns the series columns
 * @param rows    the rows recorded so far, months 0 to {@link #month()}
 */
public record SavedEconomy(AiEconomySim sim, List<String> columns, double[][] rows) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Copies the columns and rows, and checks there is at least one row. */
    public SavedEconomy {
        if (rows.length == 0) {
            throw new IllegalArgumentException("a checkpoint needs at least one recorded month");
        }
        columns = new ArrayList<>(columns);
        double[][] copy = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            copy[i] = rows[i].clone();
        }
        rows = copy;
    }

    /** @return the month (0-based) of the last recorded row: the month the economy was saved at */
    public int month() {
        return rows.length - 1;
    }

    /**
     * Serialises the model's parts rather than the MASON {@code SimState} itself, whose registry of
     * asynchronous steppables is a {@code HashSet}: a checkpoint then holds no hashed collection, so
     * reading one never computes an attacker's hash codes (see {@link CheckpointFilter}).
     */
    private Object writeReplace() {
        return new Parts(sim.config(), sim.threads(), sim.economy(), sim.schedule, sim.random, columns, rows);
    }

    /**
     * The serialised form of a {@link SavedEconomy}.
     *
     * @param config   the config the model runs under
     * @param threads  threads of the household slices
     * @param economy  the economy
     * @param schedule MASON's schedule, holding the phases' steps
     * @param random   the model's one random stream
     * @param columns  the series columns
     * @param rows     the rows recorded so far
     */
    private record Parts(ModelConfig config, int threads, Economy economy, Schedule schedule,
            MersenneTwisterFast random, List<String> columns, double[][] rows) implements Serializable {
        private static final long serialVersionUID = 1L;

        private Object readResolve() {
            if (config == null || economy == null || schedule == null || random == null || rows == null
                    || columns == null) {
                throw new IllegalArgumentException("a saved economy lacks one of its parts");
            }
            return new SavedEconomy(AiEconomySim.restore(config, threads, economy, schedule, random), columns, rows);
        }
    }

    /** @return a copy of the rows recorded so far */
    public List<double[]> rowsCopy() {
        List<double[]> out = new ArrayList<>(rows.length);
        for (double[] r : rows) {
            out.add(r.clone());
        }
        return out;
    }
}
