package org.aibubble.sim.run;

import java.util.List;

import org.aibubble.sim.stats.Statistics;

/**
 * Computes the {@link Summary} of a run from its monthly series. Definitions (also in README.md),
 * with {@code dd[t] = 1 - ai_index[t] / max(ai_index[0..t])}:
 * <ul>
 *   <li>{@code bust_month}: first t with {@code dd >= BUST_DRAWDOWN} in every month t..t+BUST_MONTHS-1
 *       (or to the end of the run); none otherwise;</li>
 *   <li>{@code peak_month}: month of the highest AI index up to the bust month (whole run without a bust);</li>
 *   <li>{@code run_up}: {@code ai_index[peak] / ai_index[0] - 1};</li>
 *   <li>{@code max_drawdown}: {@code max dd[t]};</li>
 *   <li>{@code trough_month}: month of the lowest AI index after the peak (the last month if none);</li>
 *   <li>{@code capex_cut}: the largest fall of {@code capex_total} from its running peak, {@code max_t (1 -
 *       capex[t] / max(capex[0..t]))}, 0 if it never falls (a cut in a bust counts even if capex later
 *       grows past its old peak);</li>
 *   <li>{@code max_unemployment}, {@code min_policy_rate}: extremes of those columns;</li>
 *   <li>{@code qe_total}: sum of {@code qe_flow}; {@code gated_months}: months with {@code pc_gated_funds > 0};</li>
 *   <li>{@code k_gap_at_trough}: {@code (c_top[E]/c_top[P] - 1) - (c_bottom[E]/c_bottom[P] - 1)}, from the peak P to
 *       the economic trough E (the month of highest unemployment after the peak): how far the K drifted apart;</li>
 *   <li>{@code ledger_max_error}: largest {@code |ledger_error|}.</li>
 * </ul>
 * Ties go to the earliest month. Stateless.
 */
public final class SummaryMetrics {
    /** The drawdown of the AI index from its running peak that counts as a bust (a share). */
    public static final double BUST_DRAWDOWN = 1.0 / 3;
    /** For how many consecutive months the drawdown must stay at or above {@link #BUST_DRAWDOWN}. */
    public static final int BUST_MONTHS = 3;

    private SummaryMetrics() {
    }

    /**
     * @param columns the series columns
     * @param rows    one row per month, aligned with {@code columns}
     * @return the summary; fields whose columns are missing are null
     */
    public static Summary compute(List<String> columns, double[][] rows) {
        Series s = new Series(columns, rows);
        double[] ai = s.get("ai_index");
        Integer bust = ai == null ? null : bustMonth(drawdowns(ai));
        Integer peak = ai == null ? null : argMax(ai, 0, bust == null ? ai.length - 1 : bust);
        Integer trough = peak == null ? null : troughMonth(ai, peak);
        return new Summary(rows.length,
                peak == null ? null : ai[peak] / ai[0] - 1,
                peak,
                ai == null ? null : max(drawdowns(ai)),
                bust,
                trough,
                capexCut(s.get("capex_total")),
                max(s.get("unemployment")),
                min(s.get("policy_rate")),
                sum(s.get("qe_flow")),
                countPositive(s.get("pc_gated_funds")),
                kGap(s.get("consumption_top"), s.get("consumption_bottom"), peak,
                        economicTrough(s.get("unemployment"), peak, trough)),
                maxAbs(s.get("ledger_error")));
    }

    /** @return {@code dd[t] = 1 - x[t] / max(x[0..t])} */
    static double[] drawdowns(double[] x) {
        double[] dd = new double[x.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < x.length; t++) {
            peak = Math.max(peak, x[t]);
            dd[t] = peak > 0 ? 1 - x[t] / peak : 0;
        }
        return dd;
    }

    private static Integer bustMonth(double[] dd) {
        for (int t = 0; t < dd.length; t++) {
            int end = Math.min(t + BUST_MONTHS, dd.length);
            boolean holds = true;
            for (int u = t; u < end && holds; u++) {
                holds = dd[u] >= BUST_DRAWDOWN;
            }
            if (holds) {
                return t;
            }
        }
        return null;
    }

    private static Integer troughMonth(double[] ai, int peak) {
        return peak >= ai.length - 1 ? ai.length - 1 : Statistics.argMin(ai, peak + 1, ai.length - 1);
    }

    private static Double capexCut(double[] capex) {
        if (capex == null || capex.length == 0) {
            return null;
        }
        double runningPeak = 0;
        double cut = 0;
        for (double c : capex) {
            runningPeak = Math.max(runningPeak, c);
            if (runningPeak > 0) {
                cut = Math.max(cut, 1 - c / runningPeak);
            }
        }
        return cut;
    }

    /** @return the month of highest unemployment from the peak on (the AI trough if there is no unemployment column) */
    private static Integer economicTrough(double[] unemployment, Integer peak, Integer trough) {
        if (unemployment == null || peak == null) {
            return trough;
        }
        return argMax(unemployment, peak, unemployment.length - 1);
    }

    private static Double kGap(double[] top, double[] bottom, Integer peak, Integer trough) {
        if (top == null || bottom == null || trough == null || peak == null) {
            return null;
        }
        return (top[trough] / top[peak] - 1) - (bottom[trough] / bottom[peak] - 1);
    }

    private static Integer argMax(double[] x, int from, int to) {
        return x.length == 0 ? null : Statistics.argMax(x, from, to);
    }

    private static Double max(double[] x) {
        if (x == null || x.length == 0) {
            return null;
        }
        double m = x[0];
        for (double v : x) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static Double min(double[] x) {
        if (x == null || x.length == 0) {
            return null;
        }
        double m = x[0];
        for (double v : x) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static Double maxAbs(double[] x) {
        if (x == null || x.length == 0) {
            return null;
        }
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    private static Double sum(double[] x) {
        if (x == null || x.length == 0) {
            return x == null ? null : 0.0;
        }
        double total = 0;
        for (double v : x) {
            total += v;
        }
        return total;
    }

    private static Integer countPositive(double[] x) {
        if (x == null) {
            return null;
        }
        int n = 0;
        for (double v : x) {
            if (v > 0) {
                n++;
            }
        }
        return n;
    }

    /** Column lookup over the rows. */
    private record Series(List<String> columns, double[][] rows) {
        double[] get(String name) {
            int index = columns.indexOf(name);
            if (index < 0 || rows.length == 0) {
                return null;
            }
            double[] values = new double[rows.length];
            for (int t = 0; t < rows.length; t++) {
                values[t] = rows[t][index];
            }
            return values;
        }
    }
}
