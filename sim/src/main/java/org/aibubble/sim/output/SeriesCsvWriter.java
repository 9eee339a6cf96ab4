package org.aibubble.sim.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.aibubble.sim.format.Csv;
import org.aibubble.sim.format.NumberText;

/**
 * Writes {@code series.csv} row by row as a run goes: a header of the column names, then one line per
 * month, in the dialect of {@link Csv}. Values are written by {@link NumberText} (whole numbers such as
 * {@code month} without a decimal point). Rows are flushed every {@value #FLUSH_EVERY} months so a long run can be
 * watched, and the file holds what was recorded if the run fails.
 */
public final class SeriesCsvWriter implements Closeable {
    private static final int FLUSH_EVERY = 12;

    private final BufferedWriter out;
    private final int columnCount;
    private int rows;

    /**
     * @param file    the file to create (replaced if present)
     * @param columns the column names
     * @throws IOException when the file cannot be written
     */
    public SeriesCsvWriter(Path file, List<String> columns) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        this.columnCount = columns.size();
        out.write(Csv.line(columns));
        out.write('\n');
    }

    /**
     * @param row one month's values, aligned with the columns
     * @throws IOException when the file cannot be written
     */
    public void append(double[] row) throws IOException {
        if (row.length != columnCount) {
            throw new IllegalArgumentException(row.length + " values for " + columnCount + " columns");
        }
        out.write(line(row));
        out.write('\n');
        rows++;
        if (rows % FLUSH_EVERY == 0) {
            out.flush();
        }
    }

    /** @return one CSV line (without the line end) for {@code row} */
    public static String line(double[] row) {
        List<String> cells = new ArrayList<>(row.length);
        for (double value : row) {
            cells.add(NumberText.format(value));
        }
        return Csv.line(cells);
    }

    /**
     * Writes a whole series at once.
     *
     * @param file    the file to create
     * @param columns the column names
     * @param rows    the rows
     * @throws IOException when the file cannot be written
     */
    public static void write(Path file, List<String> columns, double[][] rows) throws IOException {
        try (SeriesCsvWriter writer = new SeriesCsvWriter(file, columns)) {
            for (double[] row : rows) {
                writer.append(row);
            }
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
