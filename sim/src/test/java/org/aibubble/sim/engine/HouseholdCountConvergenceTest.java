package org.aibubble.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.aibubble.sim.TestConfigs;
import org.aibubble.sim.run.ProgressListener;
import org.aibubble.sim.run.RunResult;
import org.aibubble.sim.run.RunStatus;
import org.aibubble.sim.run.SingleRun;
import org.junit.jupiter.api.Test;

/**
 * The number of simulated households changes only sampling noise, and that noise shrinks as N grows. Every
 * household transition is an independent keyed draw (docs/MODEL.md, section 3), so the number of households
 * that lose a job or switch rule in a month misses its expectation by about {@code sqrt(N p)}: a run at N
 * differs from a run at 10 N by about {@code 1/sqrt(N)} relative, and a run at 10^4 households differs from
 * 10^6 by about {@code sqrt(10)} times more than one at 10^5 does.
 *
 * <p>The bounds come from seeds 42-51 (two years, baseline at the build that added job churn and matching, whose
 * 1.4% monthly separations are draws of their own): the largest relative difference between 10^5 and 10^6
 * households over the 24 months, over the ten seeds, was 5.6e-2 for the AI index, 2.5e-3 for consumption, 1.9e-2
 * for the valuation ratio, 1.7e-2 for the trend-follower share and 3.1e-2 of the 4.5% start for unemployment
 * (0.14 points); the bounds are 1.5 times those. With the Fed's easing tiers needing a weakening labour market
 * (2026-12) seed 42's trend-follower share differs by 3.6e-2 (absolute 0.013, the largest of seeds 42-51; the
 * others 0.003-0.009 absolute), so that bound is 1.5 times 3.6e-2. Seed 42 gave 1.4e-2, 6.8e-4, 1.3e-2, 1.2e-2 and 2.4e-2. Going
 * from 10^4 to 10^5 households cut the differences by a geometric mean over the five series of 1.4 to 9.0
 * across those seeds (sqrt(10) = 3.2 expected; the 10^6 run has noise of its own; seed 42 2.7); the test asks for
 * at least 1.3. With the quasi-random draws used before (the same
 * sequence shifted every month) seed 42 agreed to a few parts in 10^4, but households picked one month moved
 * together the next, which is why they were dropped.
 */
class HouseholdCountConvergenceTest {
    private static final int MONTHS = 24;
    /** Unemployment differences are taken relative to the starting rate ({@code macro.unemployment0}). */
    private static final double UNEMPLOYMENT_SCALE = 0.045;
    private static final Map<String, Double> BOUNDS = Map.of("ai_index", 8.4e-2, "consumption_total", 3.8e-3,
            "valuation_ratio", 2.9e-2, "trend_follower_share", 5.3e-2, "unemployment", 4.7e-2);

    @Test
    void tenTimesMoreHouseholdsOnlyShrinkTheSamplingNoise() {
        RunResult tiny = run(10_000);
        RunResult small = run(100_000);
        RunResult large = run(1_000_000);
        for (RunResult r : new RunResult[] {tiny, small, large}) {
            assertEquals(RunStatus.COMPLETE, r.status(), r.error());
        }
        double logShrink = 0;
        for (Map.Entry<String, Double> bound : BOUNDS.entrySet()) {
            String column = bound.getKey();
            double atSmall = largestDifference(small, large, column);
            double atTiny = largestDifference(tiny, large, column);
            assertTrue(atSmall < bound.getValue(), column + ": 10^5 and 10^6 households differ by " + atSmall);
            logShrink += Math.log(atTiny / atSmall) / BOUNDS.size();
        }
        double shrink = Math.exp(logShrink);
        assertTrue(shrink > 1.3, "10^4 -> 10^5 households shrinks the differences to 10^6 by " + shrink);
    }

    /** @return the largest relative difference of {@code column} between two runs over the months */
    private static double largestDifference(RunResult a, RunResult b, String column) {
        double[] x = a.column(column);
        double[] y = b.column(column);
        double largest = 0;
        for (int m = 0; m < x.length; m++) {
            double scale = column.equals("unemployment") ? UNEMPLOYMENT_SCALE : Math.abs(y[m]);
            largest = Math.max(largest, x[m] == y[m] ? 0 : Math.abs(x[m] - y[m]) / scale);
        }
        return largest;
    }

    private static RunResult run(int households) {
        return SingleRun.prepare(TestConfigs.baseline(42, MONTHS, households), 2).run(ProgressListener.NONE);
    }
}
