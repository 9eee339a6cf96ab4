package org.aibubble.sim.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;

import org.junit.jupiter.api.Test;

/** The per-run statistics on small hand-made runs. */
class RunStatisticsTest {
    private static final double EPS = 1e-12;
    private static final List<String> COLUMNS = List.of("ai_index", "output", "consumption_total", "investment_total",
            "unemployment", "inflation", "policy_rate", "credit_spread", "broad_index", "capex_total", "qe_flow", "price_level",
            "employment_target");

    /**
     * A run of {@code months} months whose columns are given as functions of the month; the columns not given
     * are 1 (the price level, and an employment target that does not move).
     */
    static RunData run(int months, IntToDoubleFunction... columns) {
        List<double[]> rows = new ArrayList<>();
        for (int t = 0; t < months; t++) {
            double[] row = new double[COLUMNS.size()];
            for (int c = 0; c < COLUMNS.size(); c++) {
                row[c] = c < columns.length ? columns[c].applyAsDouble(t) : 1.0;
            }
            rows.add(row);
        }
        return RunData.of(42, COLUMNS, rows);
    }

    /** AI index 100 up to month 10 then 50 (a bust at month 11); output 100 a month, 90 in months 20-29. */
    static RunData bust() {
        return run(80, t -> t <= 10 ? 100 + t : 50, t -> t >= 20 && t < 30 ? 90 : 100,
                t -> t >= 20 && t < 30 ? 98 : 100, t -> t >= 20 && t < 30 ? 70 : 100,
                t -> t == 25 ? 0.08 : 0.05, t -> t >= 40 && t < 43 ? -0.02 : 0.02,
                t -> t < 15 ? 0.05 : t < 20 ? 0.04 : 0.02, t -> t <= 10 ? 0.03 : 0.06, t -> 100 * Math.exp(0.01 * t),
                t -> 10, t -> t == 30 ? 5 : 0);
    }

    @Test
    void theBustAndItsOutputEpisode() {
        RunData run = bust();
        assertTrue(run.busts());
        assertEquals(1, Statistic.BUST.estimate(List.<double[][]>of(Statistic.BUST.extract(run))), EPS);
        BustEpisode e = BustEpisode.of(run);
        // 3-month sums: 300 until month 19, lowest 270 from month 22 to 29, back to 300 at month 32
        assertEquals(2, e.peak());
        assertEquals(22, e.trough());
        assertEquals(32, e.recover());
        assertEquals(-0.1, RunStatistics.outputPeakToTrough(run), EPS);
        assertEquals(10, RunStatistics.outputRecoveryMonths(run), EPS);
        // consumption -2%, investment -30%: +0.28
        assertEquals(-0.02 + 0.3, RunStatistics.consumptionMinusInvestmentChange(run), EPS);
    }

    @Test
    void consumptionAndInvestmentAreDeflatedBeforeTheyAreComparedWithRealOutput() {
        // nominal consumption and investment rise with prices (1% a month, wobbling) while real output and
        // real spending are flat: real growth is zero, nominal growth is not
        IntToDoubleFunction price = t -> Math.pow(1.01, t) * (1 + 0.05 * Math.sin(t));
        RunData run = run(60, t -> 100, t -> 100, t -> 70 * price.applyAsDouble(t), t -> 20 * price.applyAsDouble(t),
                t -> 0.05, t -> 0.02, t -> 0.03, t -> 0.03, t -> 100, t -> 10, t -> 0, price);
        for (double g : RunStatistics.realQuarterlyGrowth(run, "consumption_total")) {
            assertEquals(0, g, 1e-12);
        }
        for (double g : RunStatistics.realQuarterlyGrowth(run, "investment_total")) {
            assertEquals(0, g, 1e-12);
        }
        double nominal = 0;
        for (double g : RunStatistics.quarterlyGrowth(run, "consumption_total")) {
            nominal = Math.max(nominal, Math.abs(g));
        }
        assertTrue(nominal > 0.02, "nominal growth carries the price level's moves: " + nominal);
    }

    @Test
    void theWealthRegressionReadsRealSpendingIncomeAndWealth() {
        // the top's real spending, income and wealth are flat while prices rise 1% a month: every real change
        // is zero; real wealth is 10% lower in months 30-35, read as a loss and a gain in the quarters after
        List<String> names = List.of("consumption_top", "income_top", "wealth_top", "price_level");
        List<double[]> rows = new ArrayList<>();
        for (int t = 0; t < 48; t++) {
            double p = Math.pow(1.01, t);
            double realWealth = t >= 30 && t < 36 ? 900 : 1000;
            rows.add(new double[] {50 * p, 60 * p, realWealth * p, p});
        }
        double[][] r = RunStatistics.wealthEffectRows(RunData.of(42, names, rows));
        for (int q = 0; q < r[0].length; q++) {
            assertEquals(0, r[0][q], 1e-9, "real spending change, row " + q);
            assertEquals(0, r[1][q], 1e-9, "real income change, row " + q);
            // quarter 12 (months 36-38) ends back at 1000: the gain is read in the row of quarter 13 (row 11)
            assertEquals(q == 11 ? 100 : 0, r[2][q], 1e-9, "real gain, row " + q);
            // quarter 10 (months 30-32) ends below quarter 9: the loss is read in the row of quarter 11 (row 9)
            assertEquals(q == 9 ? -100 : 0, r[3][q], 1e-9, "real loss, row " + q);
        }
    }

    @Test
    void monthsAtTheLowerBoundCountOnlyBeforeTheSevereTier() {
        List<String> names = List.of("policy_rate", "fed_tier");
        double[][] months = {{0.03, 0}, {0.0125, 2}, {0.00125, 2}, {0.00125, 2}, {0.00125, 3}, {0.00125, 3},
            {0.00125, 2}, {0.0025, 0}, {0.005, 0}};
        List<double[]> rows = new ArrayList<>(List.of(months));
        // months 2 and 3 at the lower bound in the moderate tier; 4 on follow the severe tier's first month
        assertEquals(2, RunStatistics.lowerBoundMonthsBeforeSevere(RunData.of(42, names, rows)), EPS);
        List<double[]> never = new ArrayList<>();
        for (double[] m : months) {
            never.add(new double[] {m[0], Math.min(m[1], 2)});
        }
        // without a severe month every month at or below 0.25% counts: 2-7
        assertEquals(6, RunStatistics.lowerBoundMonthsBeforeSevere(RunData.of(42, names, never)), EPS);
    }

    @Test
    void unemploymentStraysHalfAPointPerPointOfOutputGapWhateverTheTiming() {
        // output 1% above and below a 0.5%-a-quarter trend in alternate years; unemployment 0.5 points the
        // other way a quarter later: the level ratio is 0.5 however the two are timed
        IntToDoubleFunction gap = t -> (t / 12) % 2 == 0 ? 1 : -1;
        RunData run = run(96, t -> 100, t -> 100 * Math.exp(0.005 * (t / 3) + 0.01 * gap.applyAsDouble(t)),
                t -> 70, t -> 20, t -> 0.05 - 0.005 * gap.applyAsDouble(Math.max(0, t - 3)));
        double ratio = Statistic.SD_UNEMPLOYMENT_OVER_OUTPUT_GAP.estimate(
                List.<double[][]>of(Statistic.SD_UNEMPLOYMENT_OVER_OUTPUT_GAP.extract(run)));
        assertEquals(0.5, ratio, 0.02);
        double[] trendless = RunStatistics.outputGap(run);
        assertEquals(0, java.util.Arrays.stream(trendless).average().orElseThrow(), 1e-9, "the trend is taken out");
    }

    @Test
    void theGatesLongestSpellAndItsMonths() {
        List<String> names = List.of("pc_gated_funds");
        List<double[]> rows = new ArrayList<>();
        int[] gated = {0, 2, 6, 6, 0, 0, 1, 1, 1, 1, 0, 3};
        for (int g : gated) {
            rows.add(new double[] {g});
        }
        RunData run = RunData.of(42, names, rows);
        assertEquals(4, RunStatistics.longestGateSpell(run), EPS, "months 6-9");
        assertEquals(8, Statistic.GATED_MONTHS.extract(run)[0][0], EPS, "months with a fund gated");
        List<double[]> calm = new ArrayList<>();
        for (int t = 0; t < 12; t++) {
            calm.add(new double[] {0});
        }
        assertTrue(Double.isNaN(RunStatistics.longestGateSpell(RunData.of(42, names, calm))), "never gated");
    }

    @Test
    void aMoveOfUnemploymentThatTheEmploymentTargetMadeIsNotCounted() {
        IntToDoubleFunction one = t -> 1;
        IntToDoubleFunction u = t -> t < 5 ? 0.04 : t == 5 ? 0.047 : 0.05;
        // the target falls 0.8 points in month 5 (unemployment rises 0.7) and not at all in month 6 (it rises 0.3)
        IntToDoubleFunction target = t -> t < 5 ? 0.96 : 0.952;
        RunData run = run(10, one, one, one, one, u, one, one, one, one, one, one, one, target);
        assertEquals(0.003, RunStatistics.maxUnemploymentMove(run), 1e-9);
        RunData still = run(10, one, one, one, one, u);
        assertEquals(0.007, RunStatistics.maxUnemploymentMove(still), 1e-9, "with the target still, the 0.7 counts");
    }

    @Test
    void unemploymentInflationPolicyAndSpread() {
        RunData run = bust();
        assertEquals(0.08, RunStatistics.peakUnemployment(run), EPS);
        assertEquals(0.03, RunStatistics.unemploymentRange(run), EPS);
        assertEquals(0.03, RunStatistics.maxUnemploymentMove(run), EPS);
        assertEquals(3, RunStatistics.deflationMonths(run), EPS);
        // AI peak at month 10; first cut at month 15 from 5% to 4%, then 2% by month 20: a 3-point fall
        assertEquals(0.03, RunStatistics.fedCutWithinYear(run), EPS);
        assertEquals(0.03, RunStatistics.creditSpreadRise(run), EPS);
        assertEquals(5, Statistic.QE_TOTAL.extract(run)[0][0], EPS);
    }

    @Test
    void aRecoveryTooCloseToTheEndIsUndefinedAndOneThatNeverComesIsALowerBound() {
        RunData late = run(40, t -> t <= 10 ? 100 + t : 50, t -> t >= 20 ? 90 : 100, t -> 100, t -> 100, t -> 0.05,
                t -> 0.02, t -> 0.05, t -> 0.03, t -> 100, t -> 10, t -> 0);
        assertTrue(Double.isNaN(RunStatistics.outputRecoveryMonths(late)));
        assertFalse(Statistic.OUTPUT_RECOVERY_MONTHS.defined(Statistic.OUTPUT_RECOVERY_MONTHS.extract(late)));
        RunData never = run(80, t -> t <= 10 ? 100 + t : 50, t -> t >= 20 ? 90 : 100, t -> 100, t -> 100, t -> 0.05,
                t -> 0.02, t -> 0.05, t -> 0.03, t -> 100, t -> 10, t -> 0);
        // trough at month 22, 57 months observed after it
        assertEquals(57, RunStatistics.outputRecoveryMonths(never), EPS);
    }

    @Test
    void noCutAfterThePeakIsAZeroCut() {
        RunData run = run(30, t -> 100 + t, t -> 100, t -> 100, t -> 100, t -> 0.05, t -> 0.02, t -> 0.04, t -> 0.03,
                t -> 100, t -> 10, t -> 0);
        assertFalse(run.busts());
        assertEquals(0, RunStatistics.fedCutWithinYear(run), EPS);
    }

    @Test
    void quarterlyMomentsOfARunWithKnownGrowth() {
        // output grows 1% a quarter exactly on alternate quarters, consumption half as much: ratio 0.5
        RunData run = run(24, t -> 100, t -> (t / 3) % 2 == 0 ? 100 : 101, t -> (t / 3) % 2 == 0 ? 100 : 100.5,
                t -> (t / 3) % 2 == 0 ? 100 : 103, t -> (t / 3) % 2 == 0 ? 0.05 : 0.048, t -> 0.02, t -> 0.04,
                t -> 0.03, t -> 100 * Math.exp(0.01 * t * (t % 2 == 0 ? 1 : -1)), t -> 10, t -> 0);
        double[][] sdc = Statistic.SD_CONSUMPTION_OVER_OUTPUT.extract(run);
        double expected = Math.log(100.5 / 100) / Math.log(101.0 / 100);
        assertEquals(expected, Statistic.SD_CONSUMPTION_OVER_OUTPUT.estimate(List.<double[][]>of(sdc)), 1e-9);
        double[][] du = Statistic.CORR_DU_DY.extract(run);
        assertEquals(-1, Statistic.CORR_DU_DY.estimate(List.<double[][]>of(du)), 1e-9);
        // Okun slope: -0.2 points per log(1.01) of growth
        assertEquals(-0.002 / Math.log(1.01), Statistic.OKUN_SLOPE.estimate(List.<double[][]>of(du)), 1e-9);
    }
}
