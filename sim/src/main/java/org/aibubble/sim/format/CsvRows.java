package org.aibubble.sim.format;

import java.util.List;

/**
 * The cells of a CSV file read by {@link Csv}: the header and the rows, every row as long as the
 * header.
 *
 * @param header the column names, in file order
 * @param rows   the data rows, in file order
 * @param lines  the line (1-based, the header being line 1) each row starts at, for messages
 */
public record CsvRows(List<String> header, List<List<String>> rows, List<Integer> lines) {
    /** Copies the lists. */
    public CsvRows {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        lines = List.copyOf(lines);
    }
}
