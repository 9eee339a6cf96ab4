package org.aibubble.sim.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aibubble.sim.report.SeriesTable;
import org.aibubble.sim.stats.PairedEffect;

/**
 * Two ensembles paired by seed: the reference and another, over the seeds whose runs finished in both (common
 * random numbers: the model keys every draw by seed, agent, decision and month, so the two runs of a seed share
 * their luck wherever the configs agree). Differences are always the other less the reference.
 *
 * @param reference the reference ensemble
 * @param other     the ensemble compared with it
 * @param seeds     the paired seeds, ascending
 */
public record PairedEnsembles(EnsembleRuns reference, EnsembleRuns other, List<Long> seeds) {
    /** The column that identifies a row of a series. */
    public static final String MONTH = "month";

    /** Copies the list. */
    public PairedEnsembles {
        seeds = List.copyOf(seeds);
    }

    /**
     * @param reference the reference
     * @param other     the other ensemble, with the same seeds (checked by the caller)
     * @return the pairs of the seeds whose runs finished on both sides
     */
    public static PairedEnsembles of(EnsembleRuns reference, EnsembleRuns other) {
        List<Long> paired = new ArrayList<>();
        for (long seed : reference.seeds()) {
            if (reference.finished(seed) && other.finished(seed)) {
                paired.add(seed);
            }
        }
        return new PairedEnsembles(reference, other, paired);
    }

    /** @return per summary metric both sides record (in the reference's order), its paired effect */
    public Map<String, PairedEffect> effects() {
        Map<String, PairedEffect> out = new LinkedHashMap<>();
        List<String> theirs = other.metrics();
        for (String metric : reference.metrics()) {
            if (!theirs.contains(metric)) {
                continue;
            }
            double[] a = new double[seeds.size()];
            double[] b = new double[seeds.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = reference.metric(seeds.get(i), metric);
                b[i] = other.metric(seeds.get(i), metric);
            }
            out.put(metric, PairedEffect.of(a, b));
        }
        return out;
    }

    /**
     * @return per paired seed, in seed order, the other's series less the reference's, month by month, over the
     *         columns both have
     * @throws org.aibubble.sim.report.ReportException if a series file is malformed or the months differ
     */
    public List<SeriesTable> differences() {
        List<SeriesTable> out = new ArrayList<>(seeds.size());
        for (long seed : seeds) {
            out.add(other.series(seed).minus(reference.series(seed), MONTH));
        }
        return out;
    }

    /**
     * @param differences paired differences, from {@link #differences()}
     * @return how many are 0 (or undefined on both sides) in every column and month: the seeds for which the
     *         change never mattered, so their runs are identical
     */
    public static int identical(List<SeriesTable> differences) {
        int same = 0;
        for (SeriesTable d : differences) {
            boolean zero = true;
            for (String column : d.columns()) {
                if (!column.equals(MONTH)) {
                    for (double v : d.column(column)) {
                        zero &= v == 0 || Double.isNaN(v);
                    }
                }
            }
            same += zero ? 1 : 0;
        }
        return same;
    }
}
