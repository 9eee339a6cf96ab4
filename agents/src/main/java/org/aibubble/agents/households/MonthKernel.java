package org.aibubble.agents.households;

import java.io.Serializable;
import java.util.Arrays;

import org.aibubble.agents.config.GroupParams;
import org.aibubble.agents.config.HouseholdParams;
import org.aibubble.agents.households.rules.CardCredit;
import org.aibubble.agents.households.rules.ConsumptionRule;
import org.aibubble.agents.households.rules.WealthEffect;
import org.aibubble.agents.parallel.KernelKind;
import org.aibubble.agents.parallel.CounterRandom;
import org.aibubble.agents.parallel.SliceLayout;
import org.aibubble.agents.parallel.SliceTask;

/**
 * One month of every household, slice by slice. The sector sets the month's group-level inputs
 * ({@link #prepare}, which turns them and the params into each group's {@link GroupMonth}), then runs
 * {@link #run} for every slice, on any thread. The per-household equations are in {@link ScalarKernel} alone
 * (the vector kernel is a checked copy); this class only cuts slices into segments, picks the kernel and reduces
 * the totals.
 *
 * <p>How it is fast: a slice is cut at group boundaries into segments; {@link #prepare} sets each group's
 * constants for the month once ({@link GroupMonth}), and a segment runs on the vector kernel ({@link
 * VectorKernel}, 4 or 8 households per instruction, when the JVM has {@code jdk.incubator.vector}) with the
 * scalar kernel ({@link ScalarKernel}) for the few households before the first index that is a multiple of 8
 * and after the last, or wholly on the scalar kernel. Both add every total into 8 partial sums by household
 * index ({@link LaneSums}) and give bit-identical results, so the kernel in use changes only the speed. The
 * two exponential-smoothing divisions are multiplications by the reciprocal (a difference in the last bit).
 * Totals that follow from others (transfers, taxes, the unemployed, exposure-weighted employment) are derived
 * once per segment. Nothing is allocated per month: the partial sums are a scratch array per slice.
 */
final class MonthKernel implements SliceTask, Serializable {
    private static final long serialVersionUID = 1L;
    private static final int GROUPS = 3;

    private final HouseholdArrays h;
    private final HouseholdParams params;
    private final GroupParams[] byGroup;
    private final SliceLayout layout;
    private final double[][] partial;
    /** Per slice, the partial sums of the segment being run ({@link LaneSums}); reused every month. */
    private final double[][] lanes;
    private final GroupMonth[] months = new GroupMonth[GROUPS];
    /** Chosen on first use, so a model saved with one kernel loads in a JVM that has only the other. */
    private transient KernelKind kind;

    private final double[] residualPerShare = new double[GROUPS];
    private final double[] portfolioPerShare = new double[GROUPS];
    private final double[] capitalIncomePerShare = new double[GROUPS];
    private final double[] fire = new double[GROUPS];
    private final double[] mpc = new double[GROUPS];
    private double priceLevel;
    private double wageIndex;
    private double hire;
    private double pTrend;
    private double cardRate;
    private final double[] caution = new double[GROUPS];
    private double creditLine = 1.0;
    private long jobKey;
    private long reviewKey;
    private long choiceKey;

    MonthKernel(HouseholdArrays h, HouseholdParams params, GroupParams[] byGroup, SliceLayout layout,
            double[][] partial) {
        this.h = h;
        this.params = params;
        this.byGroup = byGroup.clone();
        this.layout = layout;
        this.partial = partial;
        this.lanes = new double[partial.length][LaneSums.SIZE];
        for (int g = 0; g < GROUPS; g++) {
            months[g] = new GroupMonth();
        }
    }

    /** @return the group inputs the sector fills before each month: residual deposits per unit of share, per group */
    double[] residualPerShare() {
        return residualPerShare;
    }

    /** @return group portfolio value per unit of share, USD per real household */
    double[] portfolioPerShare() {
        return portfolioPerShare;
    }

    /** @return group capital income per unit of share, USD per real household per month */
    double[] capitalIncomePerShare() {
        return capitalIncomePerShare;
    }

    /** @return the chance an employed member of each group loses the job this month */
    double[] fire() {
        return fire;
    }

    /** @return each group's propensity to consume out of disposable income */
    double[] mpc() {
        return mpc;
    }

    /**
     * Sets the month's scalar inputs (the group arrays are filled in place through their accessors).
     *
     * @param priceLevel   consumer prices relative to the start (transfers are indexed to them)
     * @param wageIndex    nominal wages relative to the start (every wage, and so every benefit, moves with it)
     * @param hireChance   the chance an unemployed household finds a job this month
     * @param trendChance  the chance a reviewing household picks the trend rule
     * @param monthlyCardRate card interest per month
     * @param seed         the draw seed
     * @param month        the month, for the draw keys
     * @param streams      the stream numbers of the job, review and choice draws
     * @param caution      per group, the factor on spending out of income from precautionary saving
     * @param creditLine   the share of card limits the bank still grants
     */
    void prepare(double priceLevel, double wageIndex, double hireChance, double trendChance, double monthlyCardRate, long seed,
            long month, int[] streams, double[] caution, double creditLine) {
        System.arraycopy(caution, 0, this.caution, 0, GROUPS);
        this.creditLine = creditLine;
        this.priceLevel = priceLevel;
        this.wageIndex = wageIndex;
        this.hire = hireChance;
        this.pTrend = trendChance;
        this.cardRate = monthlyCardRate;
        this.jobKey = CounterRandom.key(seed, streams[0], month);
        this.reviewKey = CounterRandom.key(seed, streams[1], month);
        this.choiceKey = CounterRandom.key(seed, streams[2], month);
        kind();
        for (int g = 0; g < GROUPS; g++) {
            setMonth(g, months[g]);
        }
    }

    /** Fills group {@code g}'s constants for the month from the params and the month's inputs. */
    private void setMonth(int g, GroupMonth c) {
        GroupParams p = byGroup[g];
        c.wageIndex = wageIndex;
        c.benefit = params.benefitReplacement();
        c.transfer = params.transferPerHousehold() * priceLevel;
        c.taxRate = params.incomeTaxRate();
        c.residual = residualPerShare[g];
        c.capitalIncome = capitalIncomePerShare[g];
        c.portfolio = portfolioPerShare[g];
        c.cardRate = cardRate;
        c.lagWeight = 1 / (1 + params.wealthEffectLagMonths());
        c.referenceWeight = 1 / params.wealthReferenceMonths();
        c.wealthSpendingPerMonth = p.wealthSpending() / 12;
        c.wealthGainWeight = WealthEffect.gainWeight(p.wealthEffect());
        c.wealthLossWeight = WealthEffect.lossWeight(p.wealthEffect(), p.wealthSpending(), p.lossAversion());
        c.propensity = mpc[g] * caution[g];
        c.spendingFloor = ConsumptionRule.SPENDING_FLOOR;
        c.limitMonths = p.cardLimitMonths() * creditLine;
        c.repayShare = params.cardRepayShare();
        c.delinquencyShare = params.delinquencyPaymentShare();
        c.limitUsed = CardCredit.DELINQUENT_LIMIT_USED;
        c.chargeOffRate = params.chargeOffRate();
        c.separationExposure = p.separationExposure();
        c.investing = p.investing();
        c.fireBelow = CounterRandom.threshold(fire[g]);
        c.hireBelow = CounterRandom.threshold(hire);
        c.reviewBelow = p.investing() ? CounterRandom.threshold(params.beliefs().reviewProbability()) : 0;
        c.trendBelow = CounterRandom.threshold(pTrend);
        c.jobKey = jobKey;
        c.reviewKey = reviewKey;
        c.choiceKey = choiceKey;
    }

    /**
     * Makes this kernel run as {@code kind}, whatever the number of households (tests compare the two; the
     * default is {@link KernelChoice#best}).
     *
     * @param kind the kernel to run
     * @throws IllegalStateException if {@code kind} is {@link KernelKind#VECTOR} and this JVM cannot run it
     */
    void use(KernelKind kind) {
        if (kind == KernelKind.VECTOR && !KernelChoice.vectorAvailable()) {
            throw new IllegalStateException("the vector kernel needs --add-modules " + KernelKind.VECTOR_MODULE
                    + " and vectors of at least 4 doubles");
        }
        this.kind = kind;
    }

    /** @return the kernel that runs the households: vector or scalar */
    KernelKind kind() {
        if (kind == null) {
            kind = KernelChoice.best(h.size);
        }
        return kind;
    }

    @Override
    public void run(int slice) {
        double[] sums = partial[slice];
        double[] scratch = lanes[slice];
        boolean vector = kind == KernelKind.VECTOR;
        Arrays.fill(sums, 0);
        int from = layout.start(slice);
        int to = layout.end(slice);
        for (int g = 0; g < GROUPS; g++) {
            int a = Math.max(from, h.start(g));
            int b = Math.min(to, h.end(g));
            if (a < b) {
                Arrays.fill(scratch, 0);
                if (vector) {
                    vectorSegment(months[g], a, b, scratch);
                } else {
                    ScalarKernel.range(months[g], h, a, b, scratch);
                }
                finish(g, b - a, scratch, sums);
            }
        }
    }

    /** A scalar head up to the next multiple of 8, the vector body, a scalar tail. */
    private void vectorSegment(GroupMonth c, int from, int to, double[] scratch) {
        int head = Math.min(to, (from + LaneSums.LANES - 1) & -LaneSums.LANES);
        int end = head + ((to - head) & -LaneSums.LANES);
        ScalarKernel.range(c, h, from, head, scratch);
        if (head < end) {
            VectorKernel.range(c, h, head, end, scratch);
        }
        ScalarKernel.range(c, h, end, to, scratch);
    }

    /** Reduces the partial sums of group {@code g}'s segment and derives the totals that follow from them. */
    private void finish(int g, int households, double[] scratch, double[] sums) {
        GroupMonth c = months[g];
        for (GroupSum total : GroupSum.ACCUMULATED) {
            sums[total.of(g)] = LaneSums.reduce(scratch, total.lane());
        }
        double wages = sums[GroupSum.WAGES.of(g)];
        double employed = sums[GroupSum.EMPLOYED.of(g)];
        sums[GroupSum.TRANSFERS.of(g)] = c.transfer * households;
        sums[GroupSum.TAXES.of(g)] = ScalarKernel.tax(c.taxRate, wages + sums[GroupSum.BENEFITS.of(g)]);
        sums[GroupSum.UNEMPLOYED.of(g)] = households - employed;
        sums[GroupSum.EMPLOYED_WEIGHTED_EXPOSURE.of(g)] = c.separationExposure * employed;
    }

    /** @return group {@code g}'s constants for the month (tests set them directly) */
    GroupMonth month(int g) {
        return months[g];
    }
}
