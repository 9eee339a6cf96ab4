package org.aibubble.sim.sweep.exec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every run of a sweep: the design points (values of the varied parameters), the replicates per point,
 * how seeds derive, and the overrides every run shares (horizon, households). Run {@code r} is
 * replicate {@code r % replicates} of point {@code r / replicates}.
 *
 * @param parameterPaths the varied parameters' config paths
 * @param points         per point id, the parameter values as config text
 * @param replicates     runs per point
 * @param baseSeed       the base seed
 * @param seeds          how each run's seed derives from the base seed
 * @param shared         overrides applied to every run (config path to value), before the point's own
 */
public record SweepPlan(List<String> parameterPaths, List<List<String>> points, int replicates, long baseSeed,
                        SeedScheme seeds, Map<String, String> shared) {
    /** The config path of each run's seed. */
    public static final String SEED_PATH = "run.seed";

    /** Copies the collections and checks their shapes. */
    public SweepPlan {
        parameterPaths = List.copyOf(parameterPaths);
        points = List.copyOf(points);
        shared = Map.copyOf(shared);
        for (List<String> point : points) {
            if (point.size() != parameterPaths.size()) {
                throw new IllegalArgumentException("every point needs one value per parameter");
            }
        }
        if (replicates < 1) {
            throw new IllegalArgumentException("replicates must be >= 1");
        }
    }

    /** @return the number of runs, points times replicates */
    public long runs() {
        return (long) points.size() * replicates;
    }

    /** @return run {@code runId} */
    public PlannedRun run(long runId) {
        int point = (int) (runId / replicates);
        int replicate = (int) (runId % replicates);
        return new PlannedRun(runId, point, replicate, seeds.seed(baseSeed, point, replicate));
    }

    /**
     * @param pointId a design point
     * @param seed    the seed of the run
     * @return the overrides that make the base config into this run's config, in the order they apply
     */
    public Map<String, String> overrides(int pointId, long seed) {
        Map<String, String> overrides = new LinkedHashMap<>(new TreeMap<>(shared));
        List<String> values = points.get(pointId);
        for (int i = 0; i < parameterPaths.size(); i++) {
            overrides.put(parameterPaths.get(i), values.get(i));
        }
        overrides.put(SEED_PATH, Long.toString(seed));
        return overrides;
    }
}
