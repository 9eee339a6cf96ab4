package org.aibubble.sim.mechanisms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.sim.run.ProgressListener;
import org.aibubble.sim.run.RunResult;
import org.aibubble.sim.run.RunStatus;
import org.aibubble.sim.run.SingleRun;
import org.junit.jupiter.api.Test;

/**
 * The books balance over many configs and seeds: 25 runs of 24 months, each with its own seed and its own
 * draw of ten behavioural parameters within their allowed ranges. The draws come from a fixed seed, so the
 * test is the same every time; a failure names the overrides that broke the books.
 */
class BooksOverRandomConfigsTest {
    private static final int RUNS = 25;
    private static final int MONTHS = 24;
    private static final int HOUSEHOLDS = 1000;
    private static final long CHOICE_SEED = 20_260_101L;

    @Test
    void everyRandomConfigRunsToTheEndWithBalancedBooks() {
        SplittableRandom choices = new SplittableRandom(CHOICE_SEED);
        int qeOff = 0;
        for (int r = 0; r < RUNS; r++) {
            List<String> sets = draw(choices);
            qeOff += sets.contains("fed.qe=off") ? 1 : 0;
            long seed = choices.nextLong(1, Long.MAX_VALUE);
            ModelConfig config = MechanismRuns.config(seed, sets.toArray(new String[0]))
                    .withRun(new org.aibubble.agents.config.RunSettings(seed, MONTHS, "2026-01", HOUSEHOLDS));
            RunResult result = SingleRun.prepare(config).run(ProgressListener.NONE);
            String what = "seed " + seed + " with " + sets;
            assertEquals(RunStatus.COMPLETE, result.status(), what + ": " + result.error());
            assertEquals(MONTHS, result.monthsRecorded(), what);
            double error = result.summary().ledgerMaxError();
            assertTrue(error < 1e-6, what + ": ledger error " + error);
        }
        assertTrue(qeOff > 0 && qeOff < RUNS, "both Fed regimes drawn");
    }

    /** One draw of the perturbed parameters, as overrides. */
    private static List<String> draw(SplittableRandom random) {
        List<String> sets = new ArrayList<>();
        sets.add(set("hyperscalers.capex.gpuEconomicLifeYears", random.nextDouble(2, 6)));
        sets.add(set("hyperscalers.capex.rivalWeight", random.nextDouble(0, 2)));
        sets.add(set("hyperscalers.capex.qWeight", random.nextDouble(0, 2)));
        sets.add(set("privateCredit.behaviour.gate", random.nextDouble(0.01, 0.2)));
        sets.add(set("privateCredit.behaviour.baseRedemption", random.nextDouble(0, 0.1)));
        sets.add(set("fed.inertia", random.nextDouble(0.5, 0.95)));
        sets.add(set("markets.trendReaction", random.nextDouble(0, 2)));
        sets.add(set("markets.equityNoise", random.nextDouble(0, 0.1)));
        sets.add(set("labs.behaviour.roundSuccess", random.nextDouble(0, 1)));
        sets.add(set("households.groups[0].lossAversion", random.nextDouble(1, 3)));
        sets.add(set("labs.adoption.productivityGain", random.nextDouble(0, 0.5)));
        sets.add(set("macro.investmentRateSensitivity", random.nextDouble(0, 20)));
        sets.add("fed.qe=" + (random.nextBoolean() ? "auto" : "off"));
        sets.add("fed.rule=" + (random.nextBoolean() ? "taylor" : "first-difference"));
        return sets;
    }

    private static String set(String path, double value) {
        return path + "=" + String.format(Locale.ROOT, "%.4f", value);
    }
}
