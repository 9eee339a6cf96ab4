package org.aibubble.sim.sweep.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aibubble.sim.format.Mappers;
import org.aibubble.sim.stats.Distribution;
import org.aibubble.sim.sweep.table.RunRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@code ensemble.json}: counts of runs, finished runs, busts and failures, the share of finished runs
 * that bust, and the 5/25/50/75/95th percentiles (type 7) of the headline metrics over the finished
 * runs where they are filled - so {@code bust_month} is over the runs that bust. Undefined values
 * (no run to take them over) are null.
 */
public final class EnsembleSummary {
    /** The metrics whose quantiles are reported, when the run summary has them. */
    public static final List<String> QUANTILE_METRICS = List.of("peak_month", "max_drawdown", Outputs.BUST_METRIC,
            "max_unemployment", "capex_cut", "k_gap_at_trough");
    /** The file name. */
    public static final String FILE = "ensemble.json";

    private static final ObjectMapper JSON = Mappers.prettyJson();

    private EnsembleSummary() {
    }

    /**
     * @param manifest the ensemble's manifest (source, seed, metric names)
     * @param rows     every run, in run-id order
     * @return the file's text
     */
    public static String render(SweepManifest manifest, List<RunRecord> rows) {
        PointRuns all = new PointRuns(0, List.of(), rows);
        int bust = manifest.metrics().indexOf(Outputs.BUST_METRIC);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("config", manifest.source());
        root.put("first_seed", manifest.seed());
        root.put("runs", rows.size());
        root.put("finished", all.finished());
        root.put("failures", rows.size() - all.finished());
        root.put("busts", bust < 0 ? null : all.busts(bust));
        root.put("bust_share", bust < 0 ? null : finiteOrNull(all.bustShare(bust)));
        Map<String, Object> quantiles = new LinkedHashMap<>();
        for (String metric : QUANTILE_METRICS) {
            int m = manifest.metrics().indexOf(metric);
            if (m >= 0) {
                quantiles.put(metric, quantiles(Distribution.of(all.values(m))));
            }
        }
        root.put("quantiles", quantiles);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of numbers always serialise", e);
        }
    }

    private static Map<String, Object> quantiles(Distribution d) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("runs", d.n());
        List<Double> values = new ArrayList<>(List.of(d.p5(), d.p25(), d.p50(), d.p75(), d.p95()));
        String[] names = {"p5", "p25", "p50", "p75", "p95"};
        for (int i = 0; i < names.length; i++) {
            q.put(names[i], finiteOrNull(values.get(i)));
        }
        return q;
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
