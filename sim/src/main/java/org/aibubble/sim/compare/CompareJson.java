package org.aibubble.sim.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aibubble.sim.format.Mappers;
import org.aibubble.sim.stats.PairedEffect;
import org.aibubble.sim.sweep.output.SweepManifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * {@value #FILE}: what was compared (the configs or ensemble folders, the reference first, the seeds, the horizon,
 * the charted series, how the bootstrap was drawn) and per compared config and summary metric its paired effect
 * ({@link PairedEffect}). Snake-case keys; no times or hosts, so the file is the same for any thread count.
 */
public final class CompareJson {
    /** The file, in the compare folder. */
    public static final String FILE = "compare.json";
    /** The key of the charted series columns. */
    public static final String COLUMNS = "columns";
    /** The key of the list of comparisons. */
    public static final String COMPARISONS = "comparisons";

    private static final ObjectMapper JSON = Mappers.prettyJson();

    private CompareJson() {
    }

    /**
     * One side of the comparison as the file names it.
     *
     * @param sides   the ensembles, the reference first
     * @param sources per side, the config file or ensemble folder the user named
     * @param folders per side, where its ensemble folder is (relative to the compare folder when inside it)
     */
    public record Sides(List<EnsembleRuns> sides, List<String> sources, List<String> folders) {
        /** Copies the lists. */
        public Sides {
            sides = List.copyOf(sides);
            sources = List.copyOf(sources);
            folders = List.copyOf(folders);
        }
    }

    /**
     * @param sides       the compared ensembles
     * @param comparisons each other side against the reference
     * @param identical   per comparison, how many seed pairs are identical ({@link PairedEnsembles#identical})
     * @param columns     the series charted in the report
     * @return the file's text
     */
    public static String render(Sides sides, List<PairedEnsembles> comparisons, List<Integer> identical,
                                List<String> columns) {
        Map<String, Object> root = new LinkedHashMap<>();
        EnsembleRuns reference = sides.sides().get(0);
        root.put("reference", reference.name());
        List<Object> configs = new ArrayList<>();
        for (int i = 0; i < sides.sides().size(); i++) {
            EnsembleRuns e = sides.sides().get(i);
            SweepManifest m = e.manifest();
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("name", e.name());
            c.put("input", sides.sources().get(i));
            c.put("folder", sides.folders().get(i));
            c.put("config", m.source());
            c.put("config_sha256", m.sourceSha256());
            c.put("resolved_config_sha256", m.baseConfigSha256());
            c.put("households", m.households());
            c.put("runs", e.seeds().size());
            c.put("finished", e.finishedRuns());
            configs.add(c);
        }
        root.put("configs", configs);
        root.put("seeds", reference.seeds());
        root.put("months", reference.manifest().months());
        root.put("run_start", reference.manifest().runStart());
        root.put(COLUMNS, columns);
        Map<String, Object> bootstrap = new LinkedHashMap<>();
        bootstrap.put("statistic", "mean of the paired differences (other - reference)");
        bootstrap.put("resamples", PairedEffect.RESAMPLES);
        bootstrap.put("generator", "Commons Math Well19937c");
        bootstrap.put("seed", PairedEffect.SEED);
        bootstrap.put("interval", PairedEffect.CONFIDENCE);
        bootstrap.put("quantiles", "type 7");
        root.put("bootstrap", bootstrap);
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < comparisons.size(); i++) {
            PairedEnsembles p = comparisons.get(i);
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("config", p.other().name());
            c.put("reference", p.reference().name());
            c.put("pairs", p.seeds().size());
            c.put("identical_pairs", identical.get(i));
            Map<String, Object> metrics = new LinkedHashMap<>();
            p.effects().forEach((metric, effect) -> metrics.put(metric, effect(effect)));
            c.put("metrics", metrics);
            list.add(c);
        }
        root.put(COMPARISONS, list);
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("maps of numbers and text always serialise", e);
        }
    }

    private static Map<String, Object> effect(PairedEffect e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pairs", e.pairs());
        m.put("reference_median", finiteOrNull(e.referenceMedian()));
        m.put("other_median", finiteOrNull(e.otherMedian()));
        m.put("median_difference", finiteOrNull(e.medianDifference()));
        m.put("mean_difference", finiteOrNull(e.meanDifference()));
        m.put("mean_difference_low", finiteOrNull(e.low()));
        m.put("mean_difference_high", finiteOrNull(e.high()));
        return m;
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
