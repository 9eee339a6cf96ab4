package org.aibubble.sim.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aibubble.sim.format.Csv;
import org.aibubble.sim.format.CsvRows;
import org.aibubble.sim.format.MalformedCsvException;

/**
 * A numeric table read from a CSV file written by this tool ({@link Csv}: a header line, then one row
 * per month or per run). Cells that are empty, {@code null} or {@code NaN} read as {@link Double#NaN}; any other
 * cell that is not a number is an error, reported with the file, line and column.
 */
public final class SeriesTable {
    private final List<String> columns;
    private final Map<String, double[]> values;
    private final int rows;

    private SeriesTable(List<String> columns, Map<String, double[]> values, int rows) {
        this.columns = List.copyOf(columns);
        this.values = values;
        this.rows = rows;
    }

    /**
     * @param csv the file to read
     * @return the table
     * @throws ReportException if the file is missing, empty, ragged or holds a non-numeric cell
     */
    public static SeriesTable read(Path csv) {
        CsvRows table;
        try {
            table = Csv.read(csv);
        } catch (MalformedCsvException e) {
            throw new ReportException(e.getMessage(), e);
        }
        List<String> header = table.header();
        int rows = table.rows().size();
        Map<String, double[]> values = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            double[] column = new double[rows];
            for (int r = 0; r < rows; r++) {
                column[r] = parse(csv, table.lines().get(r), header.get(c), table.rows().get(r).get(c));
            }
            values.put(header.get(c), column);
        }
        return new SeriesTable(header, values, rows);
    }

    private static double parse(Path csv, int line, String column, String cell) {
        String text = cell.trim();
        if (text.isEmpty() || text.equalsIgnoreCase("null") || text.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new ReportException(csv + " line " + line + " column " + column + " = \"" + text
                    + "\": expected a number", e);
        }
    }

    /** @return the column names in file order */
    public List<String> columns() {
        return columns;
    }

    /** @return whether the table has {@code column} */
    public boolean has(String column) {
        return values.containsKey(column);
    }

    /**
     * @param column a column name
     * @return a copy of its values, one per row
     * @throws ReportException if there is no such column
     */
    public double[] column(String column) {
        double[] v = values.get(column);
        if (v == null) {
            throw new ReportException("no column " + column + " in the table (has " + columns + ")");
        }
        return v.clone();
    }

    /**
     * The paired difference of two runs' series, this one less {@code reference}, month by month.
     *
     * @param reference the series subtracted, with as many rows as this one
     * @param key       the column that identifies a row (e.g. {@code month}); kept as it is, not subtracted, and
     *                  it must hold the same values in both tables
     * @return a table of {@code key} then every other column of this table that {@code reference} has too (in this
     *         table's order), each this table's value less the reference's
     * @throws ReportException if the row counts differ, either table lacks {@code key} or the keys differ
     */
    public SeriesTable minus(SeriesTable reference, String key) {
        if (reference.rows != rows) {
            throw new ReportException("cannot pair series of " + rows + " and " + reference.rows + " rows");
        }
        double[] keys = column(key);
        if (!Arrays.equals(keys, reference.column(key))) {
            throw new ReportException("cannot pair series whose " + key + " columns differ");
        }
        List<String> kept = new ArrayList<>(List.of(key));
        Map<String, double[]> difference = new LinkedHashMap<>();
        difference.put(key, keys);
        for (String c : columns) {
            if (!c.equals(key) && reference.has(c)) {
                double[] mine = values.get(c);
                double[] theirs = reference.values.get(c);
                double[] d = new double[rows];
                for (int r = 0; r < rows; r++) {
                    d[r] = mine[r] - theirs[r];
                }
                kept.add(c);
                difference.put(c, d);
            }
        }
        return new SeriesTable(kept, difference, rows);
    }

    /** @return the columns whose names start with {@code prefix}, in file order, except those listed */
    public List<String> columnsStartingWith(String prefix, String... except) {
        List<String> out = new ArrayList<>();
        List<String> skip = List.of(except);
        for (String c : columns) {
            if (c.startsWith(prefix) && !skip.contains(c)) {
                out.add(c);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** @return the number of data rows */
    public int rows() {
        return rows;
    }
}
