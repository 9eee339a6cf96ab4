package org.aibubble.sim.compare;

import java.util.ArrayList;
import java.util.List;

import org.aibubble.sim.format.Csv;
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
     * @param comparisons each compared config against the reference, in order
     * @return the file's text
     * @throws org.aibubble.sim.report.ReportException if a series file is malformed or two paired runs' months
     *                                                 differ
     */
    public static String render(List<PairedEnsembles> comparisons) {
        StringBuilder out = new StringBuilder(Csv.line(HEADER)).append('\n');
        for (PairedEnsembles c : comparisons) {
            for (List<String> row : SeriesQuantiles.rows(c.differences())) {
                List<String> cells = new ArrayList<>(row.size() + 1);
                cells.add(c.other().name());
                cells.addAll(row);
                out.append(Csv.line(cells)).append('\n');
            }
        }
        return out.toString();
    }
}
