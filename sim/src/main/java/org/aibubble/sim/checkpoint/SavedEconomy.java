package org.aibubble.sim.checkpoint;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.aibubble.sim.engine.AiEconomySim;

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

    /** @return a copy of the rows recorded so far */
    public List<double[]> rowsCopy() {
        List<double[]> out = new ArrayList<>(rows.length);
        for (double[] r : rows) {
            out.add(r.clone());
        }
        return out;
    }
}
