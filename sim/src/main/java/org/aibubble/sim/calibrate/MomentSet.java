package org.aibubble.sim.calibrate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.aibubble.sim.validate.Aggregate;
import org.aibubble.sim.validate.RunData;
import org.aibubble.sim.validate.Scorer;
import org.aibubble.sim.validate.Statistic;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * The moment vector of a set of runs and its bootstrap covariance. A moment is the statistic of
 * {@code validate} over the runs of its run set: for a pooled aggregate the statistic of the runs pooled,
 * else the aggregate (median, mean, min, max) of the per-run values. The covariance resamples the runs
 * with replacement ({@link #BOOTSTRAP_REPLICATES} times, one generator seeded with {@link #BOOTSTRAP_SEED}, the
 * same resample for every moment) and takes the sample covariance of the resampled moment vectors that
 * are defined throughout; it is the covariance of the moments as estimated from that many runs.
 */
public final class MomentSet {
    /** Bootstrap resamples of the runs. */
    public static final int BOOTSTRAP_REPLICATES = 200;
    /** The seed of the bootstrap's generator. */
    public static final long BOOTSTRAP_SEED = 20_261_213L;

    private final List<MomentSpec> moments;

    /** @param moments the moments, in the spec's order */
    public MomentSet(List<MomentSpec> moments) {
        this.moments = List.copyOf(moments);
    }

    /** @return how many moments */
    public int size() {
        return moments.size();
    }

    /** @return the moments */
    public List<MomentSpec> moments() {
        return moments;
    }

    /**
     * The moments of some runs and their bootstrap covariance.
     *
     * @param values     the moment vector (NaN where a moment is undefined)
     * @param covariance its bootstrap covariance (NaN entries when fewer than 2 resamples were defined)
     */
    public record Estimate(double[] values, double[][] covariance) {
        /** @return whether every moment is defined */
        public boolean defined() {
            for (double v : values) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * @param runs finished runs, in seed order
     * @return their moments and covariance
     * @throws IllegalArgumentException naming the column when the runs lack a series a statistic needs
     */
    public Estimate estimate(List<RunData> runs) {
        int k = moments.size();
        List<List<double[][]>> extracts = new ArrayList<>(k);
        for (MomentSpec m : moments) {
            List<double[][]> perRun = new ArrayList<>(runs.size());
            for (RunData run : runs) {
                double[][] e = m.runs().contains(run) ? m.statistic().extract(run) : null;
                perRun.add(e != null && m.statistic().defined(e) ? e : null);
            }
            extracts.add(perRun);
        }
        int[] all = new int[runs.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        double[] values = vector(extracts, all);
        RandomGenerator random = new Well19937c(BOOTSTRAP_SEED);
        List<double[]> draws = new ArrayList<>(BOOTSTRAP_REPLICATES);
        int[] sample = new int[runs.size()];
        for (int b = 0; b < BOOTSTRAP_REPLICATES && runs.size() > 0; b++) {
            for (int i = 0; i < sample.length; i++) {
                sample[i] = random.nextInt(sample.length);
            }
            double[] v = vector(extracts, sample);
            if (new Estimate(v, null).defined()) {
                draws.add(v);
            }
        }
        return new Estimate(values, covariance(draws, k));
    }

    private double[] vector(List<List<double[][]>> extracts, int[] sample) {
        double[] v = new double[moments.size()];
        for (int j = 0; j < moments.size(); j++) {
            MomentSpec m = moments.get(j);
            List<double[][]> chosen = new ArrayList<>(sample.length);
            for (int i : sample) {
                double[][] e = extracts.get(j).get(i);
                if (e != null) {
                    chosen.add(e);
                }
            }
            v[j] = value(m.statistic(), m.aggregate(), chosen);
        }
        return v;
    }

    /** @return the moment of the chosen extracts (NaN when none defines it) */
    static double value(Statistic statistic, Aggregate aggregate, List<double[][]> chosen) {
        if (chosen.isEmpty()) {
            return Double.NaN;
        }
        if (aggregate == Aggregate.POOLED) {
            return statistic.estimate(chosen);
        }
        double[] perRun = chosen.stream().mapToDouble(e -> statistic.estimate(Collections.singletonList(e)))
                .filter(Double::isFinite).toArray();
        return Scorer.summarise(aggregate, perRun);
    }

    private static double[][] covariance(List<double[]> draws, int k) {
        double[][] c = new double[k][k];
        int n = draws.size();
        double[] mean = new double[k];
        for (double[] d : draws) {
            for (int i = 0; i < k; i++) {
                mean[i] += d[i] / n;
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                if (n < 2) {
                    c[i][j] = Double.NaN;
                    continue;
                }
                double s = 0;
                for (double[] d : draws) {
                    s += (d[i] - mean[i]) * (d[j] - mean[j]);
                }
                c[i][j] = s / (n - 1);
            }
        }
        return c;
    }
}
