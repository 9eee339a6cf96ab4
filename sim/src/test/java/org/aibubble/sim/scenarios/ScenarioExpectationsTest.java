package org.aibubble.sim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.config.RunSettings;
import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.run.ProgressListener;
import org.aibubble.sim.run.RunResult;
import org.aibubble.sim.run.SingleRun;
import org.aibubble.sim.stats.Statistics;
import org.junit.jupiter.api.Test;

/**
 * Each scenario in configs/scenarios/ does what its header says, over a small ensemble: the baseline
 * and the scenario run with the same 16 seeds (paired), and the expectation is checked on the pair.
 */
class ScenarioExpectationsTest {
    private static final int SEEDS = 48;
    private static final int HOUSEHOLDS = 2000;
    private static final Path SCENARIOS = Path.of("..", "configs", "scenarios");
    private static final Map<String, List<RunResult>> CACHE = new ConcurrentHashMap<>();

    private static List<RunResult> ensemble(String file) {
        return CACHE.computeIfAbsent(file, f -> {
            try {
                Path path = f.equals("baseline") ? Path.of("..", "configs", "baseline.yaml") : SCENARIOS.resolve(f + ".yaml");
                ModelConfig config = new ConfigLoader().load(path);
                List<RunResult> runs = new ArrayList<>();
                for (int seed = 1; seed <= SEEDS; seed++) {
                    RunSettings run = config.run();
                    ModelConfig seeded = config.withRun(new RunSettings(seed, run.months(), run.start(), HOUSEHOLDS));
                    RunResult result = SingleRun.run(seeded, ProgressListener.NONE);
                    assertTrue(result.complete(), f + " seed " + seed + ": " + result.error());
                    runs.add(result);
                }
                return runs;
            } catch (Exception e) {
                throw new IllegalStateException(f + ": " + e.getMessage(), e);
            }
        });
    }

    private static double at(RunResult r, String column, int month) {
        return r.column(column)[month];
    }

    private static double mean(RunResult r, String column, int from, int to) {
        return Arrays.stream(r.column(column), from, to + 1).average().orElseThrow();
    }

    private static double sum(RunResult r, String column) {
        return Arrays.stream(r.column(column)).sum();
    }

    private static long busts(List<RunResult> runs) {
        return runs.stream().filter(r -> r.summary().bustMonth() != null).count();
    }

    private static double median(double[] x) {
        return Statistics.median(x);
    }

    @Test
    void gpuLifeOfThreeYearsWritesDownAtOnceAndLeavesLessCapacity() {
        List<RunResult> base = ensemble("baseline");
        List<RunResult> life = ensemble("gpu-life-3y");
        double baseWriteDowns = base.stream().mapToDouble(r -> sum(r, "gpu_writedowns")).sum();
        double lifeWriteDowns = life.stream().mapToDouble(r -> sum(r, "gpu_writedowns")).sum();
        assertTrue(lifeWriteDowns > 1.5 * baseWriteDowns, lifeWriteDowns + " vs " + baseWriteDowns);
        for (RunResult r : life) {
            assertTrue(at(r, "gpu_writedowns", 12) > 5 * Math.max(1e-9, at(r, "gpu_writedowns", 11)), "write-down spike in month 12");
        }
        double[] capacityRatio = new double[SEEDS];
        for (int i = 0; i < SEEDS; i++) {
            capacityRatio[i] = at(life.get(i), "compute_capacity", 24) / at(base.get(i), "compute_capacity", 24);
        }
        assertTrue(median(capacityRatio) < 0.95, "median capacity ratio at month 24: " + median(capacityRatio));
    }

    @Test
    void anEfficiencyShockHalvesTheComputePriceAndKeepsItBelowTheBaseline() {
        List<RunResult> base = ensemble("baseline");
        List<RunResult> shock = ensemble("efficiency-shock");
        for (int s = 0; s < SEEDS; s++) {
            RunResult r = shock.get(s);
            assertTrue(at(r, "compute_price", 18) <= 0.6 * at(r, "compute_price", 17),
                    "seed " + (s + 1) + ": " + at(r, "compute_price", 18) + " after " + at(r, "compute_price", 17));
            assertTrue(mean(r, "compute_price", 18, 30) < mean(base.get(s), "compute_price", 18, 30),
                    "seed " + (s + 1) + ": " + mean(r, "compute_price", 18, 30) + " vs " + mean(base.get(s), "compute_price", 18, 30));
        }
    }

    @Test
    void aRateShockLiftsTheTenYearAboveFivePercentAndLowersValuationsUntilTheFedsEasingCatchesUp() {
        List<RunResult> base = ensemble("baseline");
        List<RunResult> shock = ensemble("rate-shock");
        double[] aiGap = new double[SEEDS];
        double[] rateGap = new double[SEEDS];
        int lower = 0;
        for (int s = 0; s < SEEDS; s++) {
            assertTrue(at(shock.get(s), "yield_10y", 13) > 0.05, "seed " + (s + 1) + ": " + at(shock.get(s), "yield_10y", 13));
            aiGap[s] = at(shock.get(s), "ai_index", 18) - at(base.get(s), "ai_index", 18);
            if (at(shock.get(s), "valuation_ratio", 18) < at(base.get(s), "valuation_ratio", 18)) {
                lower++;
            }
            rateGap[s] = at(shock.get(s), "policy_rate", 24) - at(base.get(s), "policy_rate", 24);
        }
        assertTrue(median(aiGap) < 0, "median AI index gap at month 18: " + median(aiGap));
        assertTrue(lower >= SEEDS * 3 / 4, "valuations lower six months on in " + lower + " of " + SEEDS);
        assertTrue(median(rateGap) < -0.01, "the Fed eases against the stress the shock brings: " + median(rateGap));
    }

    @Test
    void aRedemptionWaveGatesEveryFundForSeveralQuartersAndBuildsAQueue() {
        List<RunResult> base = ensemble("baseline");
        List<RunResult> wave = ensemble("redemption-wave");
        double[] navGap = new double[SEEDS];
        for (int s = 0; s < SEEDS; s++) {
            RunResult r = wave.get(s);
            long allGated = Arrays.stream(r.column("pc_gated_funds"), 14, 40).filter(g -> g >= 6).count();
            assertTrue(allGated >= 6, "seed " + (s + 1) + ": every fund gated in " + allGated + " months");
            assertTrue(Arrays.stream(r.column("pc_redemption_queued"), 14, 40).max().orElseThrow() > 10, "seed " + (s + 1));
            navGap[s] = at(r, "pc_nav", 40) - at(base.get(s), "pc_nav", 40);
        }
        assertTrue(median(navGap) < 0, "median NAV gap at month 40: " + median(navGap));
    }

    /** An ensemble expectation: a seed whose baseline busts and stops building may end with less capacity. */
    @Test
    void aPowerConstraintKeepsCapacityDownAndComputeDear() {
        List<RunResult> base = ensemble("baseline");
        List<RunResult> power = ensemble("power-constraint");
        double[] capacityRatio = new double[SEEDS];
        double[] priceGap = new double[SEEDS];
        for (int s = 0; s < SEEDS; s++) {
            capacityRatio[s] = at(power.get(s), "compute_capacity", 48) / at(base.get(s), "compute_capacity", 48);
            priceGap[s] = mean(power.get(s), "compute_price", 24, 54) - mean(base.get(s), "compute_price", 24, 54);
        }
        assertTrue(median(capacityRatio) < 0.95, "median capacity ratio at month 48: " + median(capacityRatio));
        assertTrue(median(priceGap) > 0, "median compute price gap, months 24-54: " + median(priceGap));
    }

    /**
     * QE must do something: in every baseline run that does QE, the term premium is below the paired no-QE
     * run's in each QE month (the runs share every draw, so the gap is QE's), and the 10-year yield is lower
     * by the median over those runs; no no-QE run does any QE. Then the scenario's own claim: unemployment
     * peaks no lower without QE.
     */
    @Test
    void withoutQeThereIsNoQeAndQeLowersTheTermPremiumAndTheTenYear() {
        List<RunResult> base = ensemble("baseline");
        List<RunResult> noQe = ensemble("no-qe");
        double[] gap = new double[SEEDS];
        List<Double> yieldGaps = new ArrayList<>();
        for (int s = 0; s < SEEDS; s++) {
            RunResult without = noQe.get(s);
            assertEquals(0.0, without.summary().qeTotal(), 0.0, "seed " + (s + 1));
            assertEquals(0.0, Arrays.stream(without.column("qe_flow")).max().orElseThrow(), 0.0, "seed " + (s + 1));
            gap[s] = without.summary().maxUnemployment() - base.get(s).summary().maxUnemployment();
            double[] qe = base.get(s).column("qe_flow");
            double yieldGap = 0;
            int qeMonths = 0;
            for (int m = 0; m < qe.length; m++) {
                if (qe[m] > 0) {
                    qeMonths++;
                    assertTrue(at(base.get(s), "term_premium", m) < at(without, "term_premium", m),
                            "seed " + (s + 1) + " month " + m + ": term premium " + at(base.get(s), "term_premium", m)
                                    + " with QE, " + at(without, "term_premium", m) + " without");
                    yieldGap += at(base.get(s), "yield_10y", m) - at(without, "yield_10y", m);
                }
            }
            if (qeMonths > 0) {
                yieldGaps.add(yieldGap / qeMonths);
            }
        }
        assertTrue(yieldGaps.size() >= 3, "the baseline does QE in " + yieldGaps.size() + " of " + SEEDS + " runs");
        double medianYieldGap = median(yieldGaps.stream().mapToDouble(Double::doubleValue).toArray());
        assertTrue(medianYieldGap < 0, "median 10-year gap in QE months, baseline minus no QE: " + medianYieldGap);
        assertTrue(median(gap) >= 0, "median gap of peak unemployment, no QE minus baseline: " + median(gap));
    }
}
