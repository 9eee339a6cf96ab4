package org.aibubble.sim.validate;

import java.util.Arrays;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The per-run functions behind the {@link Statistic}s, on the monthly series of one run. Units: shares
 * for rates and falls, months for durations. Equations in docs/VALIDATION.md.
 */
public final class RunStatistics {
    /** Inflation below this (a rate per year) counts as a deflation month: -1%. */
    public static final double DEFLATION = -0.01;
    /** The top of the FOMC's lowest target range, 0-0.25%: a policy rate at or below it is at the lower bound. */
    public static final double LOWER_BOUND = 0.0025;
    /** The value of {@code fed_tier} in the severe tier. */
    static final double SEVERE_TIER = 3;
    /** The window after the Fed's first cut in which its cuts are added up, in months. */
    public static final int CUT_WINDOW = 12;
    /** Months after the output trough a run must show before a missing recovery counts against it. */
    public static final int RECOVERY_HORIZON = 36;
    /** A change of the policy rate smaller than this (a rate per year) is not a cut. */
    static final double RATE_TOLERANCE = 1e-9;

    private RunStatistics() {
    }

    /** @return {@code Y3[q] / Y3[p] - 1} over the run's {@link BustEpisode} */
    static double outputPeakToTrough(RunData run) {
        BustEpisode e = BustEpisode.of(run);
        if (e == null) {
            return Double.NaN;
        }
        double[] y3 = BustEpisode.threeMonthSums(run.column("output"));
        return y3[e.trough()] / y3[e.peak()] - 1;
    }

    /**
     * @return {@code (C3[q]/C3[p] - 1) - (I3[q]/I3[p] - 1)} of real consumption and investment over the run's
     *         {@link BustEpisode}
     */
    static double consumptionMinusInvestmentChange(RunData run) {
        BustEpisode e = BustEpisode.of(run);
        if (e == null) {
            return Double.NaN;
        }
        double[] c3 = BustEpisode.threeMonthSums(real(run, "consumption_total"));
        double[] i3 = BustEpisode.threeMonthSums(real(run, "investment_total"));
        return (c3[e.trough()] / c3[e.peak()] - 1) - (i3[e.trough()] / i3[e.peak()] - 1);
    }

    /**
     * @return months from the output trough until {@code Y3} is back at its peak level; 0 when output did
     *         not fall; when it never gets back, the months observed after the trough (a lower bound) if
     *         at least {@link #RECOVERY_HORIZON} were observed, else NaN (too close to the end to tell)
     */
    static double outputRecoveryMonths(RunData run) {
        BustEpisode e = BustEpisode.of(run);
        if (e == null) {
            return Double.NaN;
        }
        if (e.trough() == e.peak()) {
            return 0;
        }
        if (e.recover() >= 0) {
            return e.recover() - e.trough();
        }
        int observed = run.months() - 1 - e.trough();
        return observed >= RECOVERY_HORIZON ? observed : Double.NaN;
    }

    /**
     * @return the longest spell of consecutive months with {@code pc_gated_funds > 0} (how long the gates
     *         held), NaN when no fund ever gated (the statistic is about gates that bind)
     */
    static double longestGateSpell(RunData run) {
        int longest = 0;
        int spell = 0;
        for (double gated : run.column("pc_gated_funds")) {
            spell = gated > 0 ? spell + 1 : 0;
            longest = Math.max(longest, spell);
        }
        return longest > 0 ? longest : Double.NaN;
    }

    /** @return {@code max_t u[t]} */
    static double peakUnemployment(RunData run) {
        double max = Double.NEGATIVE_INFINITY;
        for (double u : run.column("unemployment")) {
            max = Math.max(max, u);
        }
        return max;
    }

    /** @return {@code max_t |u[t] - u[0]|} */
    static double unemploymentRange(RunData run) {
        double[] u = run.column("unemployment");
        double max = 0;
        for (double v : u) {
            max = Math.max(max, Math.abs(v - u[0]));
        }
        return max;
    }

    /**
     * @return {@code max_t |u[t] - u[t-1]|} over the months in which firms' employment target moved by less
     *         ({@code |E*[t] - E*[t-1]| < |u[t] - u[t-1]|}): a move of unemployment that labour demand did not make
     */
    static double maxUnemploymentMove(RunData run) {
        double[] du = Moments.differences(run.column("unemployment"));
        double[] dTarget = Moments.differences(run.column("employment_target"));
        double max = 0;
        for (int t = 0; t < du.length; t++) {
            if (Math.abs(dTarget[t]) < Math.abs(du[t])) {
                max = Math.max(max, Math.abs(du[t]));
            }
        }
        return max;
    }

    /**
     * @return the months with {@code policy_rate <= LOWER_BOUND} before the first month with {@code fed_tier}
     *         at the severe tier (all the run's months if it never gets there)
     */
    static double lowerBoundMonthsBeforeSevere(RunData run) {
        double[] rate = run.column("policy_rate");
        double[] tier = run.column("fed_tier");
        int n = 0;
        for (int t = 0; t < rate.length && tier[t] < SEVERE_TIER; t++) {
            if (rate[t] <= LOWER_BOUND) {
                n++;
            }
        }
        return n;
    }

    /** @return the number of months with {@code inflation < DEFLATION} */
    static double deflationMonths(RunData run) {
        int n = 0;
        for (double pi : run.column("inflation")) {
            if (pi < DEFLATION) {
                n++;
            }
        }
        return n;
    }

    /**
     * @return with {@code c} the first month after the AI peak with {@code r[c] < r[c-1]}:
     *         {@code r[c-1] - min(r[c..c+CUT_WINDOW-1])}; 0 when the Fed never cuts after the peak
     */
    static double fedCutWithinYear(RunData run) {
        double[] r = run.column("policy_rate");
        for (int c = Math.max(1, run.summary().peakMonth() + 1); c < r.length; c++) {
            if (r[c] < r[c - 1] - RATE_TOLERANCE) {
                double low = r[c];
                for (int t = c; t < Math.min(r.length, c + CUT_WINDOW); t++) {
                    low = Math.min(low, r[t]);
                }
                return r[c - 1] - low;
            }
        }
        return 0;
    }

    /** @return {@code max(s[P..]) - s[P]} of the credit spread, with P the AI peak month */
    static double creditSpreadRise(RunData run) {
        double[] s = run.column("credit_spread");
        int peak = run.summary().peakMonth();
        double max = s[peak];
        for (int t = peak; t < s.length; t++) {
            max = Math.max(max, s[t]);
        }
        return max - s[peak];
    }

    /** @return the log growth of the quarterly sums of a flow column */
    static double[] quarterlyGrowth(RunData run, String column) {
        return Moments.logChanges(Moments.quarterlySums(run.column(column)));
    }

    /**
     * @return the log growth of the quarterly sums of a nominal flow column deflated month by month by
     *         {@code price_level}: real growth, comparable with {@code output} (already real) and with the
     *         real series of the data ({@code realcons}, {@code realinv})
     */
    static double[] realQuarterlyGrowth(RunData run, String column) {
        return Moments.logChanges(Moments.quarterlySums(real(run, column)));
    }

    /** @return a nominal column divided month by month by {@code price_level} */
    static double[] real(RunData run, String column) {
        double[] x = run.column(column);
        double[] p = run.column("price_level");
        double[] r = new double[x.length];
        for (int t = 0; t < x.length; t++) {
            r[t] = x[t] / p[t];
        }
        return r;
    }

    /** @return quarterly mean unemployment less its mean over the run, in points ({@code 100 (u - mean u)}) */
    static double[] unemploymentGap(RunData run) {
        double[] u = Moments.quarterlyMeans(run.column("unemployment"));
        double mean = Arrays.stream(u).average().orElse(Double.NaN);
        double[] gap = new double[u.length];
        for (int q = 0; q < u.length; q++) {
            gap[q] = 100 * (u[q] - mean);
        }
        return gap;
    }

    /**
     * @return the log of quarterly output (sums of {@code output}) less its least-squares linear trend over the run,
     *         in percent: the output gap against the run's own trend
     */
    static double[] outputGap(RunData run) {
        double[] y = Moments.quarterlySums(run.column("output"));
        int n = y.length;
        SimpleRegression trend = new SimpleRegression();
        for (int q = 0; q < n; q++) {
            trend.addData(q, Math.log(y[q]));
        }
        double[] gap = new double[n];
        for (int q = 0; q < n; q++) {
            gap[q] = 100 * (Math.log(y[q]) - trend.predict(q));
        }
        return gap;
    }

    /** @return the change of quarterly mean unemployment (a share) */
    static double[] quarterlyUnemploymentChange(RunData run) {
        return Moments.differences(Moments.quarterlyMeans(run.column("unemployment")));
    }

    /**
     * The split regression of the wealth effect, on the top group (the asset holders, whose wealth moves with
     * prices rather than with saving), in real terms: per quarter q from the third on, the change of the group's
     * consumption and of its disposable income (quarterly sums of {@code consumption_top} and {@code income_top}
     * deflated month by month by {@code price_level}, USD bn of the opening books' prices), and the gain and the
     * loss of its end-of-quarter real wealth ({@code wealth_top / price_level}) in the quarter before. The income
     * change is the control without which the regression reads the income that rises with wealth in a boom as a
     * wealth effect of gains. Real, as the consumption regressions the real figure comes from are: in nominal
     * terms the price level, which rises through most busts, lifts spending and wealth together and reads as
     * spending that held up after losses.
     *
     * @param run a finished run
     * @return {dC[q], dY[q], max(0, dW[q-1]), min(0, dW[q-1])}
     */
    static double[][] wealthEffectRows(RunData run) {
        double[] c = Moments.quarterlySums(real(run, "consumption_top"));
        double[] y = Moments.quarterlySums(real(run, "income_top"));
        double[] monthly = real(run, "wealth_top");
        int quarters = c.length;
        double[] w = new double[quarters];
        for (int q = 0; q < quarters; q++) {
            w[q] = monthly[(q + 1) * Moments.MONTHS_PER_QUARTER - 1];
        }
        int n = Math.max(0, quarters - 2);
        double[] dc = new double[n];
        double[] dy = new double[n];
        double[] gain = new double[n];
        double[] loss = new double[n];
        for (int q = 2; q < quarters; q++) {
            double dw = w[q - 1] - w[q - 2];
            dc[q - 2] = c[q] - c[q - 1];
            dy[q - 2] = y[q] - y[q - 1];
            gain[q - 2] = Math.max(0, dw);
            loss[q - 2] = Math.min(0, dw);
        }
        return new double[][] {dc, dy, gain, loss};
    }

    /** @return the monthly log returns of the broad index */
    static double[] broadReturns(RunData run) {
        return Moments.logChanges(run.column("broad_index"));
    }

    /**
     * @param column a column that, like a return, has no value of its own at month 0
     * @return the column for months 1.., aligned with {@link #broadReturns}
     */
    static double[] fromMonthOne(RunData run, String column) {
        double[] values = run.column(column);
        return Arrays.copyOfRange(values, 1, values.length);
    }
}
