package org.aibubble.sim.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aibubble.sim.run.Summary;
import org.aibubble.sim.run.SummaryMetrics;

/**
 * The monthly series of one finished run and its summary (bust, peak and trough months as
 * {@link SummaryMetrics} defines them).
 *
 * @param seed    the run's seed
 * @param columns column name to the monthly values (month 0 first)
 * @param summary the run's summary
 */
public record RunData(long seed, Map<String, double[]> columns, Summary summary) {
    /** Copies the map (the arrays are shared and must not be changed). */
    public RunData {
        columns = Map.copyOf(columns);
    }

    /**
     * @param seed the run's seed
     * @param names the column names
     * @param rows one array per month, aligned with {@code names}
     * @return the run, with its summary computed from the rows
     */
    public static RunData of(long seed, List<String> names, List<double[]> rows) {
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (int c = 0; c < names.size(); c++) {
            double[] values = new double[rows.size()];
            for (int t = 0; t < rows.size(); t++) {
                values[t] = rows.get(t)[c];
            }
            columns.put(names.get(c), values);
        }
        return new RunData(seed, columns, SummaryMetrics.compute(names, rows.toArray(new double[0][])));
    }

    /** @return whether the run busts ({@code bust_month} is set) */
    public boolean busts() {
        return summary.bustMonth() != null;
    }

    /** @return the months recorded */
    public int months() {
        return summary.months();
    }

    /**
     * @param name a series column
     * @return its monthly values
     * @throws IllegalArgumentException naming the column when the run does not report it
     */
    public double[] column(String name) {
        double[] values = columns.get(name);
        if (values == null) {
            throw new IllegalArgumentException("the runs have no series column " + name);
        }
        return values;
    }
}
