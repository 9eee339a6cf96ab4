package org.aibubble.sim.compare;

import java.util.ArrayList;
import java.util.List;

import org.aibubble.sim.format.Csv;
import org.aibubble.sim.report.SeriesTable;
import org.aibubble.sim.sweep.output.SeriesQuantiles;

/**
 * {@value #FILE}: the spread over seeds of the paired difference of the monthly series, other less reference.
 * Long format, as an ensemble's {@link SeriesQuantiles#FILE}, with the compared config first:
 * {@code config,month,column,pairs,p5,p25,p50,p75,p95}, one row per compared config, month and series column;
 * {@code pairs} is how many seed pairs have the month, the percentiles are type 7 over them
 * ({@link SeriesQuantiles#rows}). A band is the spread of the paired differences at each month, not the path of
 * any one pair.
 */
public final class DifferenceQuantiles {
    /** The file, in the compare folder. */
    public static final String FILE = "difference_quantiles.csv";
    /** The file's header. */
    public static final List<String> HEADER = List.of("config", "month", "column", "pairs", "p5", "p25", "p50", "p75",
            "p95");

    private DifferenceQuantiles() {
    }

    /**
     * @param names       each compared config's name, in order
     * @param differences per compared config, its paired differences ({@link PairedEnsembles#differences()})
     * @return the file's text
     */
    public static String render(List<String> names, List<List<SeriesTable>> differences) {
        StringBuilder out = new StringBuilder(Csv.line(HEADER)).append('\n');
        for (int i = 0; i < names.size(); i++) {
            for (List<String> row : SeriesQuantiles.rows(differences.get(i))) {
                List<String> cells = new ArrayList<>(row.size() + 1);
                cells.add(names.get(i));
                cells.addAll(row);
                out.append(Csv.line(cells)).append('\n');
            }
        }
        return out.toString();
    }
}
