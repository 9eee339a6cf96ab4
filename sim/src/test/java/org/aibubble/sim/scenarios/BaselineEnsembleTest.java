package org.aibubble.sim.scenarios;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.config.RunSettings;
import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.run.ProgressListener;
import org.aibubble.sim.run.RunResult;
import org.aibubble.sim.run.SingleRun;
import org.aibubble.sim.run.Summary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the baseline must show over a 20-seed ensemble (issue: boom and bust emerge): some seeds bust and
 * some do not; peaks differ by months; busts are deep but not one cliff; capex falls, the Fed cuts and
 * unemployment rises after the peak; at the trough the top of the K has cut spending more than the bottom; the
 * books balance in every run.
 */
class BaselineEnsembleTest {
    private static final int SEEDS = 20;
    private static final int HOUSEHOLDS = 2000;
    private static final List<RunResult> RUNS = new ArrayList<>();

    @BeforeAll
    static void runEnsemble() throws Exception {
        ModelConfig config = new ConfigLoader().load(Path.of("..", "configs", "baseline.yaml"));
        for (int seed = 1; seed <= SEEDS; seed++) {
            RunSettings run = config.run();
            RunResult r = SingleRun.run(config.withRun(new RunSettings(seed, run.months(), run.start(), HOUSEHOLDS)),
                    ProgressListener.NONE);
            assertTrue(r.complete(), "seed " + seed + ": " + r.error());
            RUNS.add(r);
        }
    }

    private static List<RunResult> busts() {
        return RUNS.stream().filter(r -> r.summary().bustMonth() != null).toList();
    }

    private static String describe() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < RUNS.size(); i++) {
            Summary s = RUNS.get(i).summary();
            sb.append(String.format("%nseed %d: peak %d bust %s trough %d drawdown %.2f capex cut %.2f u %.3f k %.3f",
                    i + 1, s.peakMonth(), s.bustMonth(), s.troughMonth(), s.maxDrawdown(), s.capexCut(),
                    s.maxUnemployment(), s.kGapAtTrough()));
        }
        return sb.toString();
    }

    private static double share(List<RunResult> runs, java.util.function.Predicate<RunResult> test) {
        return runs.stream().filter(test).count() / (double) runs.size();
    }

    @Test
    void someSeedsBustAndSomeDoNot() {
        int busts = busts().size();
        assertTrue(busts >= 2 && busts <= SEEDS - 2, busts + " of " + SEEDS + " bust" + describe());
    }

    @Test
    void peakMonthsDifferByMonths() {
        int[] peaks = busts().stream().mapToInt(r -> r.summary().peakMonth()).sorted().toArray();
        assertTrue(peaks[peaks.length - 1] - peaks[0] >= 12, Arrays.toString(peaks));
        assertTrue(Arrays.stream(peaks).distinct().count() >= peaks.length / 2, Arrays.toString(peaks));
    }

    @Test
    void bustsFallAThirdOrMoreOverSeveralMonthsNotInOneCliff() {
        for (RunResult r : busts()) {
            Summary s = r.summary();
            double[] ai = r.column("ai_index");
            assertTrue(s.maxDrawdown() >= 1.0 / 3, describe());
            int peak = s.peakMonth();
            int bust = s.bustMonth();
            double worstMonth = 0;
            for (int t = peak + 1; t <= bust; t++) {
                worstMonth = Math.max(worstMonth, 1 - ai[t] / ai[t - 1]);
            }
            double fall = 1 - ai[bust] / ai[peak];
            assertTrue(bust - peak >= 3, "peak " + peak + " bust " + bust);
            assertTrue(worstMonth < 0.5 * fall, "worst month " + worstMonth + " of a " + fall + " fall");
        }
    }

    @Test
    void afterThePeakCapexFallsTheFedCutsAndUnemploymentRises() {
        List<RunResult> busts = busts();
        double capexFalls = share(busts, r -> {
            double[] capex = r.column("capex_total");
            int peak = r.summary().peakMonth();
            return Arrays.stream(capex, peak, capex.length).min().orElseThrow() < 0.9 * capex[peak];
        });
        double fedCuts = share(busts, r -> {
            double[] rate = r.column("policy_rate");
            int peak = r.summary().peakMonth();
            double floor = Arrays.stream(rate).min().orElseThrow();
            return Arrays.stream(rate, peak, rate.length).min().orElseThrow() < rate[peak] - 0.005
                    || rate[peak] <= floor + 0.005;
        });
        double unemploymentRises = share(busts, BaselineEnsembleTest::unemploymentRises);
        String why = "capex falls " + capexFalls + ", Fed cuts " + fedCuts + ", unemployment rises " + unemploymentRises
                + describe();
        assertTrue(capexFalls >= 0.75, why);
        assertTrue(fedCuts >= 0.75, why);
        // 0.64 here (2,000 households, seeds 1-20) and 0.77 over seeds 42-91 at 10^5 since the household draws are
        // independent; 0.88 at 10^5 with the quasi-random draws, whose bursts of rule switching drove more of the
        // busts into the real economy
        assertTrue(unemploymentRises >= 0.6, why);
    }

    /** @return whether unemployment rises by more than half a point after the AI index's peak */
    private static boolean unemploymentRises(RunResult r) {
        double[] u = r.column("unemployment");
        int peak = r.summary().peakMonth();
        return Arrays.stream(u, peak, u.length).max().orElseThrow() > u[peak] + 0.005;
    }

    /**
     * The asset holders lose wealth in the bust (the wealth effect, losses weighing 1.5x), while the bottom of the K
     * spends its buffer and its benefits: in percent the top cuts more, as in 2007-09 (Petev, Pistaferri and
     * Saporta-Eksten 2011: the top quintile's spending fell most). Before the households' buffer-stock saving the
     * bottom saved out of caution and cut more. The trough is the month of highest unemployment after the peak, so
     * only busts in which unemployment rises have one (in the others the gap is read at the peak, 0); among those
     * the top cut more in 6 of 9 here and in 63% over seeds 42-91 at 10^5 households (91% with the former
     * quasi-random household draws, when every bust's gap was counted).
     */
    @Test
    void atTheTroughTheTopOfTheKHasCutSpendingMoreThanTheBottom() {
        double[] gaps = busts().stream().filter(BaselineEnsembleTest::unemploymentRises)
                .mapToDouble(r -> r.summary().kGapAtTrough()).sorted().toArray();
        assertTrue(gaps.length >= 4, gaps.length + " busts with rising unemployment" + describe());
        assertTrue(gaps[gaps.length / 2] < 0, "median K gap (top less bottom change) over busts " + Arrays.toString(gaps));
    }

    @Test
    void theBooksBalanceInEveryRun() {
        for (RunResult r : RUNS) {
            assertTrue(r.summary().ledgerMaxError() < 1e-6, "ledger error " + r.summary().ledgerMaxError());
        }
    }
}
