package org.aibubble.sim.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.aibubble.sim.format.Csv;
import org.aibubble.sim.format.CsvRows;
import org.aibubble.sim.format.MalformedCsvException;

/**
 * A table of text cells read from a CSV file written by this tool ({@link Csv}: a header line, then
 * rows). Used for the files of sweeps and ensembles, whose columns mix numbers, names and empty cells.
 */
public final class CsvTable {
    private final Path file;
    private final List<String> header;
    private final List<List<String>> rows;
    private final List<Integer> lines;

    private CsvTable(Path file, List<String> header, List<List<String>> rows, List<Integer> lines) {
        this.file = file;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
        this.lines = List.copyOf(lines);
    }

    /**
     * @param csv the file
     * @return the table
     * @throws ReportException if the file is missing, empty or ragged
     */
    public static CsvTable read(Path csv) {
        try {
            CsvRows table = Csv.read(csv);
            return new CsvTable(csv, table.header(), table.rows(), table.lines());
        } catch (MalformedCsvException e) {
            throw new ReportException(e.getMessage(), e);
        }
    }

    /**
     * @param text   the whole text of a CSV table (as {@link Csv} writes it)
     * @param source where it comes from, for messages
     * @return the table
     * @throws ReportException if the text is empty or ragged
     */
    public static CsvTable parse(String text, Path source) {
        try {
            CsvRows table = Csv.parse(text, source.toString());
            return new CsvTable(source, table.header(), table.rows(), table.lines());
        } catch (MalformedCsvException e) {
            throw new ReportException(e.getMessage(), e);
        }
    }

    /**
     * @param column a column name
     * @param keep   the cell values (ignoring case) of the rows to keep
     * @return a table of the rows whose {@code column} is one of {@code keep}; this table if it has no such column
     */
    public CsvTable rowsWhere(String column, List<String> keep) {
        if (!has(column)) {
            return this;
        }
        int index = header.indexOf(column);
        List<List<String>> kept = new ArrayList<>();
        List<Integer> keptLines = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (keep.stream().anyMatch(k -> k.equalsIgnoreCase(row.get(index).trim()))) {
                kept.add(row);
                keptLines.add(lines.get(r));
            }
        }
        return new CsvTable(file, header, kept, keptLines);
    }

    /**
     * @param keep which columns to keep
     * @return a table of the columns for which {@code keep} holds, in file order
     */
    public CsvTable columns(Predicate<String> keep) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (keep.test(header.get(i))) {
                kept.add(i);
            }
        }
        List<String> newHeader = new ArrayList<>();
        kept.forEach(i -> newHeader.add(header.get(i)));
        List<List<String>> newRows = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> r = new ArrayList<>();
            kept.forEach(i -> r.add(row.get(i)));
            newRows.add(r);
        }
        return new CsvTable(file, newHeader, newRows, lines);
    }

    /** @return the column names */
    public List<String> header() {
        return header;
    }

    /** @return the rows, each aligned with {@link #header()} */
    public List<List<String>> rows() {
        return rows;
    }

    /** @return whether the table has {@code column} */
    public boolean has(String column) {
        return header.contains(column);
    }

    /** @return the first of {@code candidates} that is a column, or null */
    public String firstPresent(String... candidates) {
        for (String c : candidates) {
            if (has(c)) {
                return c;
            }
        }
        return null;
    }

    /**
     * @param column a column name
     * @return its cells as text
     * @throws ReportException if there is no such column
     */
    public List<String> text(String column) {
        int index = index(column);
        List<String> out = new ArrayList<>(rows.size());
        rows.forEach(r -> out.add(r.get(index)));
        return out;
    }

    /**
     * @param column a column name
     * @return its cells as numbers; empty, {@code null} and {@code NaN} cells as NaN
     * @throws ReportException if there is no such column or a cell is not a number
     */
    public double[] numbers(String column) {
        List<String> cells = text(column);
        double[] out = new double[cells.size()];
        for (int i = 0; i < out.length; i++) {
            String t = cells.get(i).trim();
            if (t.isEmpty() || t.equalsIgnoreCase("null") || t.equalsIgnoreCase("nan")) {
                out[i] = Double.NaN;
            } else {
                try {
                    out[i] = Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw new ReportException(file + " line " + lines.get(i) + " column " + column + " = \"" + t
                            + "\": expected a number", e);
                }
            }
        }
        return out;
    }

    private int index(String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new ReportException(file + " has no column " + column + " (has " + header + ")");
        }
        return index;
    }
}
