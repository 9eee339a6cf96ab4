package org.aibubble.sim.sweep.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.aibubble.sim.format.Csv;
import org.aibubble.sim.format.CsvRows;
import org.aibubble.sim.format.MalformedCsvException;
import org.aibubble.sim.format.NumberText;
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
        List<String> columns = null;
        List<double[][]> runs = new ArrayList<>();
        int months = 0;
        for (long id : runIds) {
            Path file = folder.resolve(SeriesFiles.FOLDER).resolve(SeriesFiles.fileName(id));
            CsvRows rows = read(file);
            if (columns == null) {
                columns = rows.header();
                if (columns.isEmpty() || !MONTH.equals(columns.get(0))) {
                    throw new IOException(file + ": the first column is not " + MONTH);
                }
            } else if (!columns.equals(rows.header())) {
                throw new IOException(file + ": its columns differ from the first run's");
            }
            double[][] values = new double[rows.rows().size()][];
            for (int r = 0; r < values.length; r++) {
                List<String> cells = rows.rows().get(r);
                values[r] = new double[cells.size()];
                for (int c = 0; c < cells.size(); c++) {
                    values[r][c] = number(file, rows.lines().get(r), cells.get(c));
                }
            }
            runs.add(values);
            months = Math.max(months, values.length);
        }
        StringBuilder out = new StringBuilder(Csv.line(HEADER)).append('\n');
        if (columns == null) {
            return out.toString();
        }
        for (int m = 0; m < months; m++) {
            double month = Double.NaN;
            List<double[]> present = new ArrayList<>();
            for (double[][] run : runs) {
                if (m < run.length) {
                    present.add(run[m]);
                    month = run[m][0];
                }
            }
            for (int c = 1; c < columns.size(); c++) {
                double[] values = new double[present.size()];
                for (int r = 0; r < values.length; r++) {
                    values[r] = present.get(r)[c];
                }
                List<String> cells = new ArrayList<>();
                cells.add(NumberText.format(month));
                cells.add(columns.get(c));
                cells.add(Integer.toString(values.length));
                for (double p : PERCENTS) {
                    cells.add(NumberText.format(Statistics.quantile(values, p)));
                }
                out.append(Csv.line(cells)).append('\n');
            }
        }
        return out.toString();
    }

    private static CsvRows read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": the series of a finished run is missing");
        }
        try {
            return Csv.read(file);
        } catch (MalformedCsvException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static double number(Path file, int line, String cell) throws IOException {
        if (cell.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new IOException(file + " line " + line + ": \"" + cell + "\" is not a number", e);
        }
    }
}
