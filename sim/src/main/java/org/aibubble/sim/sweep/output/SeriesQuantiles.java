package org.aibubble.sim.sweep.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.aibubble.sim.format.Csv;
import org.aibubble.sim.format.NumberText;
import org.aibubble.sim.report.ReportException;
import org.aibubble.sim.report.SeriesTable;
import org.aibubble.sim.stats.Statistics;
import org.aibubble.sim.sweep.exec.SeriesFiles;

/**
 * The spread of an ensemble's monthly series across its runs: {@value #FILE}, one row per month and series
 * column, with the number of runs that have the month and the 5th, 25th, 50th, 75th and 95th percentiles of
 * their values (type 7, as {@link Statistics#quantile}). Long ("tidy") format:
 * {@code month,column,runs,p5,p25,p50,p75,p95}, months in order, columns in the order of the series files.
 * Written from the kept series ({@code series/run-NNNNNN.csv}) of the finished runs once the ensemble is
 * complete, so it is the same whatever the thread count and whether the ensemble was resumed.
 */
public final class SeriesQuantiles {
    /** The file, in the ensemble folder. */
    public static final String FILE = "series_quantiles.csv";
    /** The percentiles written, in order. */
    public static final double[] PERCENTS = {5, 25, 50, 75, 95};
    /** The file's header. */
    public static final List<String> HEADER = List.of("month", "column", "runs", "p5", "p25", "p50", "p75", "p95");
    private static final String MONTH = "month";

    private SeriesQuantiles() {
    }

    /**
     * @param folder the ensemble folder
     * @param runIds the finished runs, whose series are in {@code series/}
     * @return the file's text
     * @throws IOException when a series file is missing, unreadable, malformed or has other columns than the first
     */
    public static String render(Path folder, List<Long> runIds) throws IOException {
        List<SeriesTable> runs = new ArrayList<>();
        for (long id : runIds) {
            Path file = folder.resolve(SeriesFiles.FOLDER).resolve(SeriesFiles.fileName(id));
            SeriesTable run = read(file);
            if (runs.isEmpty() && !run.columns().isEmpty() && !MONTH.equals(run.columns().get(0))) {
                throw new IOException(file + ": the first column is not " + MONTH);
            }
            if (!runs.isEmpty() && !runs.get(0).columns().equals(run.columns())) {
                throw new IOException(file + ": its columns differ from the first run's");
            }
            runs.add(run);
        }
        StringBuilder out = new StringBuilder(Csv.line(HEADER)).append('\n');
        for (List<String> row : rows(runs)) {
            out.append(Csv.line(row)).append('\n');
        }
        return out.toString();
    }

    /**
     * The rows of the file, without its header: per month (while any table has it) and per column after the first
     * ({@code month}), in the first table's column order, {@code month,column,n,p5,p25,p50,p75,p95} over the tables
     * that have the month. Used for an ensemble's runs and, by {@code compare}, for paired differences of runs.
     *
     * @param tables tables with the same columns, the first being {@code month}
     * @return the rows' cells
     */
    public static List<List<String>> rows(List<SeriesTable> tables) {
        List<List<String>> out = new ArrayList<>();
        if (tables.isEmpty()) {
            return out;
        }
        int months = tables.stream().mapToInt(SeriesTable::rows).max().orElse(0);
        List<String> columns = tables.get(0).columns();
        for (int m = 0; m < months; m++) {
            final int month = m;
            List<SeriesTable> present = tables.stream().filter(r -> month < r.rows()).toList();
            String monthText = NumberText.format(present.get(present.size() - 1).column(MONTH)[m]);
            for (String column : columns.subList(1, columns.size())) {
                double[] values = present.stream().mapToDouble(r -> r.column(column)[month]).toArray();
                List<String> cells = new ArrayList<>(List.of(monthText, column, Integer.toString(values.length)));
                for (double p : PERCENTS) {
                    cells.add(NumberText.format(Statistics.quantile(values, p)));
                }
                out.add(cells);
            }
        }
        return out;
    }

    /** Reads a run's series with the tool's numeric CSV reader ({@link SeriesTable}). */
    private static SeriesTable read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": the series of a finished run is missing");
        }
        try {
            return SeriesTable.read(file);
        } catch (ReportException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
