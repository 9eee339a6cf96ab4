package org.aibubble.sim.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.aibubble.sim.stats.Distribution;
import org.aibubble.sim.stats.Statistics;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Scores the facts on a set of finished runs. Per-run facts: the statistic of each run in the fact's
 * run set, summarised by the fact's aggregate, with the 5th-95th percentile (type 7) of the per-run
 * values as the interval. Pooled facts: the statistic of the runs pooled, with a percentile bootstrap
 * over runs ({@link #BOOTSTRAP_REPLICATES} resamples of the runs with replacement, from a generator
 * seeded with {@link #BOOTSTRAP_SEED}, so the result is the same on every machine and thread count).
 */
public final class Scorer {
    /** Bootstrap resamples of the runs for a pooled statistic. */
    public static final int BOOTSTRAP_REPLICATES = 1000;
    /** The seed of the bootstrap's generator. */
    public static final long BOOTSTRAP_SEED = 20_261_202L;

    private Scorer() {
    }

    /**
     * @param facts the facts
     * @param runs  the finished runs, in seed order
     * @return one score per fact, in the file's order
     * @throws IllegalArgumentException naming the column when the runs lack a series a statistic needs
     */
    public static List<FactScore> score(FactsFile facts, List<RunData> runs) {
        List<FactScore> scores = new ArrayList<>(facts.facts().size());
        for (Fact fact : facts.facts()) {
            scores.add(score(fact, runs));
        }
        return scores;
    }

    /** @return the score of one fact over {@code runs} */
    public static FactScore score(Fact fact, List<RunData> runs) {
        Statistic statistic = fact.statistic();
        List<double[][]> extracts = new ArrayList<>();
        for (RunData run : runs) {
            if (fact.runs().contains(run)) {
                double[][] e = statistic.extract(run);
                if (statistic.defined(e)) {
                    extracts.add(e);
                }
            }
        }
        if (fact.aggregate() == Aggregate.POOLED) {
            return pooled(fact, extracts);
        }
        double[] values = extracts.stream().mapToDouble(e -> statistic.estimate(Collections.singletonList(e))).filter(Double::isFinite)
                .toArray();
        double value = summarise(fact.aggregate(), values);
        Distribution d = Distribution.of(Arrays.stream(values).boxed().toList());
        return new FactScore(fact, values.length, value, d.p5(), d.p95(), "over runs",
                Arrays.stream(values).boxed().toList(), fact.bounds().contains(value));
    }

    private static FactScore pooled(Fact fact, List<double[][]> extracts) {
        double value = extracts.isEmpty() ? Double.NaN : fact.statistic().estimate(extracts);
        List<Double> replicates = new ArrayList<>(BOOTSTRAP_REPLICATES);
        if (!extracts.isEmpty()) {
            RandomGenerator random = new Well19937c(BOOTSTRAP_SEED);
            for (int b = 0; b < BOOTSTRAP_REPLICATES; b++) {
                List<double[][]> sample = new ArrayList<>(extracts.size());
                for (int i = 0; i < extracts.size(); i++) {
                    sample.add(extracts.get(random.nextInt(extracts.size())));
                }
                double v = fact.statistic().estimate(sample);
                if (Double.isFinite(v)) {
                    replicates.add(v);
                }
            }
        }
        Distribution d = Distribution.of(replicates);
        return new FactScore(fact, extracts.size(), value, d.p5(), d.p95(), "bootstrap", replicates,
                fact.bounds().contains(value));
    }

    /** @return the aggregate of the finite per-run values, NaN when there are none */
    public static double summarise(Aggregate aggregate, double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        return switch (aggregate) {
            case MEDIAN -> Statistics.median(values);
            case MEAN -> Statistics.mean(values);
            case MIN -> StatUtils.min(values);
            case MAX -> StatUtils.max(values);
            case POOLED -> throw new IllegalArgumentException("pooled facts are not summarised from per-run values");
        };
    }
}
