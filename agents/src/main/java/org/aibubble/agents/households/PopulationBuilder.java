package org.aibubble.agents.households;

import org.aibubble.agents.config.GroupParams;
import org.aibubble.agents.config.HouseholdParams;
import org.aibubble.agents.parallel.CounterRandom;
import org.aibubble.agents.parallel.QuasiRandom;
import org.aibubble.agents.parallel.SliceExecutor;
import org.aibubble.agents.parallel.SliceLayout;
import org.apache.commons.math3.special.Erf;

/**
 * Fills the household arrays at the start, slice by slice on the run's threads: wages, portfolio shares,
 * deposits and card debt drawn per household (log-normal within the group), employment and forecasting rule
 * drawn per household, then the starting wealth references. The starting draws are quasi-random
 * ({@link QuasiRandom}: evenly spread, so the group's wage distribution, unemployment and trend-follower share
 * miss their targets by a few households); every later transition draws independently ({@link MonthKernel}).
 * Draws are keyed by household index and group totals
 * are added per slice in slice order, so the start does not depend on the thread count. No per-household object
 * is created.
 */
final class PopulationBuilder {
    /** Per-group totals of {@link #draw}: share, deposits, card debt, employed households. */
    static final int SHARE = 0;
    static final int DEPOSITS = 1;
    static final int DEBT = 2;
    static final int EMPLOYED = 3;
    static final int TOTALS = 4;

    private static final int GROUPS = 3;
    private static final int STREAM_INIT_WAGE = 10;
    private static final int STREAM_INIT_JOB = 11;
    private static final int STREAM_INIT_RULE = 12;
    private static final double SQRT2 = Math.sqrt(2);

    private final HouseholdArrays h;
    private final HouseholdParams params;
    private final GroupParams[] byGroup;
    private final SliceLayout layout;
    private final SliceExecutor executor;

    PopulationBuilder(HouseholdArrays h, HouseholdParams params, GroupParams[] byGroup, SliceLayout layout,
            SliceExecutor executor) {
        this.h = h;
        this.params = params;
        this.byGroup = byGroup.clone();
        this.layout = layout;
        this.executor = executor;
    }

    /**
     * Draws every household.
     *
     * @param seed          the run seed
     * @param unemployment0 the unemployment rate at the start, shared out by separation exposure
     * @return per group {@code g}, at {@code g * TOTALS + k}: the sums of share, deposits (USD), card debt (USD)
     *         and the number employed
     */
    double[] draw(long seed, double unemployment0) {
        long wageOffset = QuasiRandom.offset(seed, STREAM_INIT_WAGE, 0);
        long jobOffset = QuasiRandom.offset(seed, STREAM_INIT_JOB, 0);
        long ruleOffset = QuasiRandom.offset(seed, STREAM_INIT_RULE, 0);
        double exposureMean = 0;
        for (GroupParams p : byGroup) {
            exposureMean += p.populationShare() * p.separationExposure();
        }
        double[] unemploymentOf = new double[GROUPS];
        for (int g = 0; g < GROUPS; g++) {
            unemploymentOf[g] = Math.min(0.9, unemployment0 * byGroup[g].separationExposure() / exposureMean);
        }
        double[][] partial = new double[layout.count()][GROUPS * TOTALS];
        executor.forEachSlice(layout.count(), slice -> {
            for (int g = 0; g < GROUPS; g++) {
                int a = Math.max(layout.start(slice), h.start(g));
                int b = Math.min(layout.end(slice), h.end(g));
                if (a < b) {
                    drawSegment(g, a, b, new long[] {wageOffset, jobOffset, ruleOffset}, unemploymentOf[g],
                            partial[slice]);
                }
            }
        });
        return inSliceOrder(partial, GROUPS * TOTALS);
    }

    private void drawSegment(int g, int from, int to, long[] offsets, double unemployment, double[] sums) {
        GroupParams p = byGroup[g];
        double sigma = p.wageDispersion();
        long unemployedBelow = CounterRandom.threshold(unemployment);
        long trendBelow = CounterRandom.threshold(params.beliefs().trendFollowerShare0());
        double shareSum = 0;
        double depositSum = 0;
        double debtSum = 0;
        double employed = 0;
        for (int i = from; i < to; i++) {
            double z = SQRT2 * Erf.erfInv(2 * QuasiRandom.open(offsets[0], QuasiRandom.WAGE, i) - 1);
            double relative = Math.exp(sigma * z - sigma * sigma / 2);
            h.wage[i] = (float) (p.monthlyWage() * relative);
            h.share[i] = (float) (relative * relative);
            h.deposits[i] = p.deposits() * relative;
            h.debt[i] = p.consumerDebt() * relative;
            shareSum += h.share[i];
            depositSum += h.deposits[i];
            debtSum += h.debt[i];
            int f = 0;
            if (QuasiRandom.draw53(offsets[1], QuasiRandom.JOB, i) >= unemployedBelow) {
                f |= HouseholdArrays.EMPLOYED;
                employed++;
            }
            if (p.investing() && QuasiRandom.draw53(offsets[2], QuasiRandom.CHOICE, i) < trendBelow) {
                f |= HouseholdArrays.TREND;
            }
            h.flags[i] = (byte) f;
        }
        sums[g * TOTALS + SHARE] = shareSum;
        sums[g * TOTALS + DEPOSITS] = depositSum;
        sums[g * TOTALS + DEBT] = debtSum;
        sums[g * TOTALS + EMPLOYED] = employed;
    }

    /**
     * @return per group, the sum over households of labour income after tax plus transfers at the start, USD per
     *         month (labour income is the wage when employed, the benefit otherwise)
     */
    double[] disposableLabourIncome() {
        double transfer = params.transferPerHousehold();
        double benefit = params.benefitReplacement();
        double keep = 1 - params.incomeTaxRate();
        double[][] partial = new double[layout.count()][GROUPS];
        executor.forEachSlice(layout.count(), slice -> {
            for (int g = 0; g < GROUPS; g++) {
                double disposable = 0;
                int b = Math.min(layout.end(slice), h.end(g));
                for (int i = Math.max(layout.start(slice), h.start(g)); i < b; i++) {
                    double labour = h.has(i, HouseholdArrays.EMPLOYED) ? h.wage[i] : benefit * h.wage[i];
                    disposable += labour * keep + transfer;
                }
                partial[slice][g] = disposable;
            }
        });
        return inSliceOrder(partial, GROUPS);
    }

    /**
     * Sets each household's smoothed and reference wealth to its wealth at the start, and its last consumption to
     * its group's average.
     *
     * @param perShare per group, portfolio value per unit of share, USD per real household
     * @param spending per group, consumption per household at the start, USD per month
     */
    void startWealth(double[] perShare, double[] spending) {
        executor.forEachSlice(layout.count(), slice -> {
            for (int g = 0; g < GROUPS; g++) {
                int b = Math.min(layout.end(slice), h.end(g));
                for (int i = Math.max(layout.start(slice), h.start(g)); i < b; i++) {
                    double wealth = h.deposits[i] - h.debt[i] + h.share[i] * perShare[g];
                    h.wealthSmoothed[i] = (float) wealth;
                    h.wealthEffect[i] = 0;
                    h.consumption[i] = (float) spending[g];
                }
            }
        });
    }

    private static double[] inSliceOrder(double[][] partial, int width) {
        double[] totals = new double[width];
        for (double[] slice : partial) {
            for (int k = 0; k < width; k++) {
                totals[k] += slice[k];
            }
        }
        return totals;
    }
}
