package org.aibubble.sim.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * What a fact computes on the runs; the equations are in docs/VALIDATION.md. A statistic extracts
 * from each run either one number (an <em>event</em> statistic: a peak, a count, a fall) or one or more
 * series (a <em>moment</em>: quarterly growth rates, monthly returns), and estimates its value from the
 * extracts of one run (per run) or of several runs pooled. Pooling an event statistic takes the mean
 * of the runs' finite values (for a 0/1 indicator, a share); pooling a moment concatenates the runs'
 * series (autocorrelations within runs only, see {@link Moments}). NaN marks a value that a run
 * does not define (no fall to recover from, too short a run); such runs are left out.
 */
public enum Statistic {
    /** 1 if the run busts (the AI index a third below its peak for 3 months, as {@code bust_month}), else 0. */
    BUST("share of runs", run -> run.busts() ? 1 : 0),
    /** The largest fall of the AI index from its running peak ({@code max_drawdown}, a share). */
    AI_DRAWDOWN("share", run -> run.summary().maxDrawdown()),
    /** Months from the AI index's peak to its trough ({@code trough_month - peak_month}). */
    AI_PEAK_TO_TROUGH_MONTHS("months", run -> run.summary().troughMonth() - run.summary().peakMonth()),
    /** The largest fall of total capex from its running peak ({@code capex_cut}, a share). */
    CAPEX_CUT("share", run -> run.summary().capexCut()),
    /** {@code Y3[q] / Y3[p] - 1} over the run's {@link BustEpisode} (a share, negative for a fall). */
    OUTPUT_PEAK_TO_TROUGH("share", RunStatistics::outputPeakToTrough),
    /** {@code (C3[q]/C3[p] - 1) - (I3[q]/I3[p] - 1)} over the {@link BustEpisode}; positive when consumption falls less. */
    CONSUMPTION_MINUS_INVESTMENT_CHANGE("share", RunStatistics::consumptionMinusInvestmentChange),
    /** Months from the output trough back to the output peak's level (censored, see docs/VALIDATION.md). */
    OUTPUT_RECOVERY_MONTHS("months", RunStatistics::outputRecoveryMonths),
    /** The highest unemployment rate of the run (a share). */
    PEAK_UNEMPLOYMENT("share", RunStatistics::peakUnemployment),
    /** {@code max_t |u[t] - u[0]|}: how far unemployment strays from its start (a share). */
    UNEMPLOYMENT_RANGE("share", RunStatistics::unemploymentRange),
    /** {@code max_t |u[t] - u[t-1]|}: the largest month-to-month move of unemployment (a share). */
    MAX_UNEMPLOYMENT_MOVE("share", RunStatistics::maxUnemploymentMove),
    /** Months with inflation below {@link RunStatistics#DEFLATION} (-1% a year). */
    DEFLATION_MONTHS("months", RunStatistics::deflationMonths),
    /** The fall of the policy rate in the 12 months from its first cut after the AI peak (rate per year). */
    FED_CUT_12_MONTHS("rate per year", RunStatistics::fedCutWithinYear),
    /**
     * Months with the policy rate at the lower bound ({@code policy_rate <=} {@link RunStatistics#LOWER_BOUND},
     * the 0-0.25% range) before the Fed's first month in the severe tier ({@code fed_tier} 3), or in a run
     * that never reaches it.
     */
    LOWER_BOUND_MONTHS_BEFORE_SEVERE("months", RunStatistics::lowerBoundMonthsBeforeSevere),
    /** Sum of QE purchases over the run ({@code qe_total}, USD billions). */
    QE_TOTAL("USD billions", run -> run.summary().qeTotal()),
    /** Months in which at least one private-credit fund was gated ({@code gated_months}). */
    GATED_MONTHS("months", run -> run.summary().gatedMonths()),
    /** The longest spell of consecutive months with a fund gated; NaN if no fund ever gated. */
    GATE_SPELL_MONTHS("months", RunStatistics::longestGateSpell),
    /** The rise of the credit spread from the AI peak to its highest later month (rate per year). */
    CREDIT_SPREAD_RISE("rate per year", RunStatistics::creditSpreadRise),
    /** {@code sd(dln C) / sd(dln Y)} of quarterly real consumption and output. */
    SD_CONSUMPTION_OVER_OUTPUT("ratio", run -> new double[][] {
        RunStatistics.realQuarterlyGrowth(run, "consumption_total"), RunStatistics.quarterlyGrowth(run, "output")},
            s -> Moments.sdRatio(column(s, 0), column(s, 1))),
    /** {@code sd(dln I) / sd(dln Y)} of quarterly real investment and output. */
    SD_INVESTMENT_OVER_OUTPUT("ratio", run -> new double[][] {
        RunStatistics.realQuarterlyGrowth(run, "investment_total"), RunStatistics.quarterlyGrowth(run, "output")},
            s -> Moments.sdRatio(column(s, 0), column(s, 1))),
    /** {@code corr(dU, dln Y)} of quarterly unemployment (mean) and output (sum). */
    CORR_DU_DY("correlation", run -> new double[][] {
        RunStatistics.quarterlyUnemploymentChange(run), RunStatistics.quarterlyGrowth(run, "output")},
            s -> Moments.correlation(column(s, 0), column(s, 1))),
    /**
     * Okun's law in levels: {@code sd(u - mean u) / sd(ln Y - trend)} of quarterly mean unemployment (points) and
     * quarterly output's log (percent) less its linear trend, each run's own mean and trend: how far unemployment
     * strays per point of output gap, whatever the timing of the labour market.
     */
    SD_UNEMPLOYMENT_OVER_OUTPUT_GAP("points per percent", run -> new double[][] {
        RunStatistics.unemploymentGap(run), RunStatistics.outputGap(run)},
            s -> Moments.sdRatio(column(s, 0), column(s, 1))),
    /** Okun slope: OLS slope of {@code 100 dU} (points) on {@code 100 dln Y} (percent), quarterly. */
    OKUN_SLOPE("points per percent", run -> new double[][] {
        RunStatistics.quarterlyUnemploymentChange(run), RunStatistics.quarterlyGrowth(run, "output")},
            s -> Moments.slope(column(s, 1), column(s, 0))),
    /**
     * The wealth effect's asymmetry: {@code b- / b+} of the split regression of the top group's quarterly
     * consumption change on its income change and on its wealth's gain and loss in the quarter before
     * ({@link RunStatistics#wealthEffectRows}).
     */
    WEALTH_EFFECT_LOSS_GAIN_RATIO("ratio", RunStatistics::wealthEffectRows,
            s -> Moments.lossGainRatio(column(s, 0), column(s, 1), column(s, 2), column(s, 3))),
    /** Excess kurtosis of monthly log returns of the broad index. */
    RETURN_EXCESS_KURTOSIS("excess kurtosis", run -> new double[][] {RunStatistics.broadReturns(run)},
            s -> Moments.excessKurtosis(column(s, 0))),
    /** Mean autocorrelation of {@code |r|} at lags 1-12, monthly broad-index log returns. */
    ABS_RETURN_ACF_1_12("autocorrelation", run -> new double[][] {Moments.abs(RunStatistics.broadReturns(run))},
            s -> Moments.meanAutocorrelation(column(s, 0), 12)),
    /** Autocorrelation of monthly broad-index log returns at lag 1. */
    RETURN_ACF_1("autocorrelation", run -> new double[][] {RunStatistics.broadReturns(run)},
            s -> Moments.autocorrelation(column(s, 0), 1)),
    /** Annual volatility {@code sqrt(12) sd(r)} of monthly broad-index log returns. */
    RETURN_ANNUAL_VOLATILITY("per year", run -> new double[][] {RunStatistics.broadReturns(run)},
            s -> Math.sqrt(12) * Moments.sd(column(s, 0))),
    /**
     * {@code var(n) / var(b)}: the share of the variance of monthly broad-index log returns made by the equity
     * news term ({@code broad_news_return}, months 1..).
     */
    NEWS_VARIANCE_SHARE("share of variance", run -> new double[][] {
        RunStatistics.fromMonthOne(run, "broad_news_return"), RunStatistics.broadReturns(run)},
            s -> Moments.varianceShare(column(s, 0), column(s, 1))),
    /**
     * {@code var(e) / var(b)}: the share of the variance of monthly broad-index log returns made by all the
     * market's exogenous draws, the news and the rules' demand noise ({@code broad_noise_return}, months 1..).
     */
    NOISE_VARIANCE_SHARE("share of variance", run -> new double[][] {
        RunStatistics.fromMonthOne(run, "broad_noise_return"), RunStatistics.broadReturns(run)},
            s -> Moments.varianceShare(column(s, 0), column(s, 1)));

    private final String unit;
    private final Function<RunData, double[][]> extract;
    private final ToDoubleFunction<List<double[][]>> estimate;

    Statistic(String unit, Function<RunData, Number> event) {
        this(unit, run -> new double[][] {{orNaN(event.apply(run))}}, Statistic::meanOfFinite);
    }

    Statistic(String unit, Function<RunData, double[][]> extract, ToDoubleFunction<List<double[][]>> estimate) {
        this.unit = unit;
        this.extract = extract;
        this.estimate = estimate;
    }

    /** @return the unit of the statistic's value */
    public String unit() {
        return unit;
    }

    /** @return whether this is an event statistic (one number per run) rather than a moment of series */
    public boolean event() {
        return ordinal() < SD_CONSUMPTION_OVER_OUTPUT.ordinal();
    }

    /**
     * @param run a finished run
     * @return what the statistic needs from it: one row per variable ({@code {{x}}} for an event statistic)
     * @throws IllegalArgumentException naming the column when the run lacks a series the statistic needs
     */
    public double[][] extract(RunData run) {
        return extract.apply(run);
    }

    /**
     * @param extracts the extracts of one run (per run) or of the runs pooled
     * @return the statistic (NaN if undefined)
     */
    public double estimate(List<double[][]> extracts) {
        return estimate.applyAsDouble(extracts);
    }

    /** @return whether one run's extract defines the statistic (event statistics may be NaN for a run) */
    public boolean defined(double[][] extract) {
        return !event() || Double.isFinite(extract[0][0]);
    }

    private static List<double[]> column(List<double[][]> extracts, int variable) {
        List<double[]> out = new ArrayList<>(extracts.size());
        extracts.forEach(e -> out.add(e[variable]));
        return out;
    }

    private static double meanOfFinite(List<double[][]> extracts) {
        double sum = 0;
        int n = 0;
        for (double[][] e : extracts) {
            if (Double.isFinite(e[0][0])) {
                sum += e[0][0];
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static double orNaN(Number value) {
        return value == null ? Double.NaN : value.doubleValue();
    }
}
