package org.aibubble.sim.run;

import java.util.List;

/**
 * What one run produced. For a failed run the rows are those recorded before the failure.
 *
 * @param columns the series columns, as the economy reports them
 * @param rows    one row per recorded month, aligned with {@code columns}
 * @param summary the summary metrics of the rows
 * @param status  {@link RunStatus#COMPLETE} or {@link RunStatus#FAILED}
 * @param error   one line saying why the run failed; null when complete
 * @param failure the exception that stopped the run (for the run log); null when complete
 */
public record RunResult(List<String> columns, double[][] rows, Summary summary, RunStatus status, String error,
        Throwable failure) {
    /** Copies the columns. */
    public RunResult {
        columns = List.copyOf(columns);
    }

    /** @return the number of months recorded */
    public int monthsRecorded() {
        return rows.length;
    }

    /** @return whether every month ran */
    public boolean complete() {
        return status == RunStatus.COMPLETE;
    }

    /**
     * @param column a column name
     * @return the column's values, or null when the economy does not report it
     */
    public double[] column(String column) {
        int index = columns.indexOf(column);
        if (index < 0) {
            return null;
        }
        double[] values = new double[rows.length];
        for (int t = 0; t < rows.length; t++) {
            values[t] = rows[t][index];
        }
        return values;
    }
}
