package org.aibubble.agents.households;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

import org.aibubble.agents.config.GroupParams;
import org.aibubble.agents.config.HouseholdGroup;
import org.aibubble.agents.config.HouseholdParams;
import org.aibubble.agents.households.rules.CardCredit;
import org.aibubble.agents.households.rules.ConsumptionRule;
import org.aibubble.agents.households.rules.JobFlows;
import org.aibubble.agents.households.rules.PrecautionarySaving;
import org.aibubble.agents.households.rules.RateChannel;
import org.aibubble.agents.households.rules.RuleChoice;
import org.aibubble.agents.ledger.BooksViolationException;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.parallel.KernelKind;
import org.aibubble.agents.parallel.KernelStats;
import org.aibubble.agents.parallel.SliceExecutor;
import org.aibubble.agents.parallel.SliceLayout;

/**
 * All households, as one step of the HOUSEHOLDS phase over primitive arrays (one per field, see
 * {@link HouseholdArrays}), grouped contiguously by group of the K: indices {@code [0, top)} are TOP, then
 * MIDDLE, then BOTTOM. Money in the arrays is USD per real household; each simulated household stands for
 * {@code usHouseholds / N} real ones, and group totals in the ledger are in USD billions.
 *
 * <p>Each month, per household ({@link ScalarKernel}, the one source of these equations; group-level rules in
 * {@code households.rules}): job loss or hiring (to meet firms' labour demand, the
 * bottom most exposed), income (wage or benefit, transfers, its share of the group's capital income), taxes,
 * consumption out of disposable income plus an asymmetric, lagged wealth effect, card interest, borrowing,
 * repayment, delinquency and charge-offs, and (investing groups) the choice of forecasting rule. Portfolio cash
 * flows posted to the group's account by other agents (dividends, interest, fund payouts, investments) are
 * shared out by portfolio share.
 *
 * <p>The households are cut into fixed slices ({@link SliceLayout}) that run on {@link #setThreads} threads;
 * random draws are counter-based, keyed by (seed, decision, month, household), and each slice's totals are
 * added in slice order, so results do not depend on the thread count. Nothing is allocated per month.
 *
 * <p>Wiring: the sector holds no reference to other agents. It posts to its own three accounts and to the
 * {@link HouseholdCounterparties} it is given, and each month reads only its {@link HouseholdInputs} (built by the
 * economy); others read what it did through its getters.
 */
public final class HouseholdSector implements Serializable, KernelStats {
    private static final long serialVersionUID = 1L;
    /**
     * Households from which the sector runs the vector kernel when the JVM has the Vector API module. Below, the
     * JIT's warm-up of the vector kernel (about 2 s, during which the Vector API runs slowly) costs more than the
     * vectors save: 120 months took 2.9 s scalar and 3.3 s vector at 10^6 households, 4.7 s and 4.2 s at 3x10^6.
     */
    public static final int VECTOR_MIN_HOUSEHOLDS = 2_000_000;
    private static final int GROUPS = 3;
    /** Stream numbers of the monthly job, review and choice draws. */
    private static final int[] STREAMS = {1, 2, 3};
    /** Relative tolerance of the arrays-versus-ledger check. */
    private static final double TOLERANCE = 1e-8;

    private final Ledger ledger;
    private final HouseholdCounterparties counterparties;
    private final HouseholdParams params;
    private final int[] accounts;
    private final GroupParams[] byGroup = new GroupParams[GROUPS];
    private final int size;
    private final double weight;
    private final SliceLayout layout;
    private final HouseholdArrays h;
    private final double[][] partial;
    private final double[] totals = new double[GROUPS * GroupSum.COUNT];
    private final MonthKernel kernel;

    private final double[] shareTotal = new double[GROUPS];
    private final double[] lastCapitalIncome = new double[GROUPS];
    private final double[] trackedDeposits = new double[GROUPS];
    private final double[] groupConsumption = new double[GROUPS];
    private final double[] groupWealth = new double[GROUPS];
    private final double[] groupIncome = new double[GROUPS];
    private double lastConsumption;
    private double consumption0;
    private double unemployment;
    private final double[] caution = new double[GROUPS];
    private double unemploymentReference;
    private double rateGap;
    private double trendShare;
    private double trendWealthShare;
    private double delinquencyRate;
    private long passNanos;
    private long passes;
    private final SliceExecutor executor = new SliceExecutor(1);
    private SliceExecutor threaded = executor;

    /** The month being stepped (the start until the first step), for the books check's message. */
    private long month;

    /**
     * Creates the population (empty until {@link #populate}).
     *
     * @param params         household parameters
     * @param ledger         the economy's ledger
     * @param accounts       the groups' own accounts, in the order of {@link HouseholdGroup}
     * @param counterparties the accounts households pay and are paid by
     * @param n              the number of simulated households
     */
    public HouseholdSector(HouseholdParams params, Ledger ledger, int[] accounts,
            HouseholdCounterparties counterparties, int n) {
        if (accounts.length != GROUPS) {
            throw new IllegalArgumentException("one account per group of the K: " + accounts.length);
        }
        this.ledger = ledger;
        this.accounts = accounts.clone();
        this.counterparties = counterparties;
        this.params = params;
        this.size = n;
        this.weight = params.usHouseholds() / n;
        this.layout = SliceLayout.of(n);
        int[] groupEnd = new int[GROUPS];
        int start = 0;
        for (HouseholdGroup g : HouseholdGroup.values()) {
            byGroup[g.ordinal()] = params.group(g);
            int count = g == HouseholdGroup.BOTTOM ? n - start
                    : (int) Math.round(params.group(g).populationShare() * n);
            groupEnd[g.ordinal()] = start + count;
            start += count;
        }
        h = new HouseholdArrays(groupEnd);
        partial = new double[layout.count()][GROUPS * GroupSum.COUNT];
        kernel = new MonthKernel(h, params, byGroup, layout, partial);
    }

    /**
     * Fills the arrays with the starting population and opens the groups' deposits and card debt in the
     * ledger (their sums over households).
     *
     * @param unemployment0 the unemployment rate at the start
     * @param seed          the run's seed (the key of the starting draws)
     */
    public void populate(double unemployment0, long seed) {
        unemployment = unemployment0;
        unemploymentReference = unemployment0;
        double[] start = builder().draw(seed, unemployment0);
        for (int g = 0; g < GROUPS; g++) {
            int t = g * PopulationBuilder.TOTALS;
            shareTotal[g] = start[t + PopulationBuilder.SHARE];
            double depositSum = start[t + PopulationBuilder.DEPOSITS];
            double debtSum = start[t + PopulationBuilder.DEBT];
            double employed = start[t + PopulationBuilder.EMPLOYED];
            ledger.openClaim(Instrument.DEPOSITS, accounts[g], ledger.bank(), toBn(depositSum));
            if (debtSum > 0) {
                ledger.openClaim(Instrument.CONSUMER_CREDIT, ledger.bank(), accounts[g], toBn(debtSum));
            }
            trackedDeposits[g] = toBn(depositSum);
            totals[GroupSum.EMPLOYED.of(g)] = employed;
            totals[GroupSum.UNEMPLOYED.of(g)] = (h.end(g) - h.start(g)) - employed;
            totals[GroupSum.EMPLOYED_WEIGHTED_EXPOSURE.of(g)] = employed * byGroup[g].separationExposure();
        }
    }

    /**
     * Calibrates each group's propensity to consume so that consumption at the start equals
     * {@code consumption0} split by {@code consumptionShare}, and sets the starting wealth references.
     *
     * @param consumption0      household consumption at the start, USD bn per month
     * @param capitalIncomeRate expected monthly capital income per USD bn of group portfolio at the start
     */
    public void calibrate(double consumption0, double capitalIncomeRate) {
        this.consumption0 = consumption0;
        this.lastConsumption = consumption0;
        PopulationBuilder builder = builder();
        double[] disposable = builder.disposableLabourIncome();
        double[] perShare = new double[GROUPS];
        double[] target = new double[GROUPS];
        for (int g = 0; g < GROUPS; g++) {
            lastCapitalIncome[g] = capitalIncomeRate * portfolio(g);
            double disposableBn = toBn(disposable[g]) + lastCapitalIncome[g];
            double wealthBn = ledger.deposits(accounts[g]) - ledger.liabilities(accounts[g], Instrument.CONSUMER_CREDIT)
                    + portfolio(g);
            kernel.mpc()[g] = propensity(g, disposableBn, wealthBn);
            perShare[g] = portfolio(g) * 1e9 / weight / shareTotal[g];
            target[g] = byGroup[g].consumptionShare() * consumption0 * 1e9 / weight / (h.end(g) - h.start(g));
        }
        builder.startWealth(perShare, target);
    }

    private PopulationBuilder builder() {
        return new PopulationBuilder(h, params, byGroup, layout, threaded);
    }

    /**
     * The households' month (HOUSEHOLDS phase): every household's jobs, income, spending, cards and beliefs, the
     * group totals posted to the ledger and checked against it.
     *
     * @param in what the households read from the rest of the economy this month
     */
    public void step(HouseholdInputs in) {
        long started = System.nanoTime();
        month = in.month();
        for (int g = 0; g < GROUPS; g++) {
            double residual = ledger.deposits(accounts[g]) - trackedDeposits[g];
            kernel.residualPerShare()[g] = residual * 1e9 / weight / shareTotal[g];
            kernel.portfolioPerShare()[g] = portfolio(g) * 1e9 / weight / shareTotal[g];
            kernel.capitalIncomePerShare()[g] = lastCapitalIncome[g] * 1e9 / weight / shareTotal[g];
        }
        double hire = employmentProbabilities(in.employmentTarget(), kernel.fire());
        double creditLine = CardCredit.creditLine(params.cardLimitStressCut(), in.stressIndex());
        kernel.prepare(in.priceLevel(), in.wageIndex(), hire, trendProbability(in.trendAdvantage()), in.cardRate() / 12,
                in.drawSeed(), in.month(), STREAMS, precaution(in.realRateGap()), creditLine);
        threaded.forEachSlice(layout.count(), kernel);
        combine();
        post(totals, in);
        checkAgainstLedger(totals);
        passNanos += System.nanoTime() - started;
        passes++;
    }

    private GroupParams groupParams(int g) {
        return byGroup[g];
    }

    /**
     * Sets firing probabilities per group and returns the hiring probability, to move employment to firms' target
     * with churn ({@code separationRate}) and hiring capped by matching ({@code maxJobFinding}). Employment is last
     * month's (the totals of the last pass, or of the starting draw in the first month).
     */
    private double employmentProbabilities(double employmentTarget, double[] fire) {
        double employed = 0;
        double exposureWeighted = 0;
        double unemployed = 0;
        for (int g = 0; g < GROUPS; g++) {
            employed += totals[GroupSum.EMPLOYED.of(g)];
            unemployed += totals[GroupSum.UNEMPLOYED.of(g)];
            exposureWeighted += totals[GroupSum.EMPLOYED_WEIGHTED_EXPOSURE.of(g)];
        }
        double change = JobFlows.change(employmentTarget * size, employed);
        double separations = JobFlows.separations(change, employed, params.separationRate());
        for (int g = 0; g < GROUPS; g++) {
            fire[g] = JobFlows.fireChance(separations, exposureWeighted, groupParams(g).separationExposure());
        }
        return JobFlows.hireChance(JobFlows.hires(change, employed, params.separationRate()), unemployed,
                params.maxJobFinding());
    }

    private double trendProbability(double trendAdvantage) {
        return RuleChoice.trendChance(params.beliefs().intensityOfChoice(), params.beliefs().herding(),
                trendAdvantage, trendShare);
    }

    /** Adds the slices' totals, in slice order, into {@link #totals}. */
    private void combine() {
        Arrays.fill(totals, 0);
        for (double[] slice : partial) {
            for (int k = 0; k < totals.length; k++) {
                totals[k] += slice[k];
            }
        }
    }

    private void post(double[] t, HouseholdInputs in) {
        int firms = counterparties.otherFirms();
        int gov = counterparties.government();
        int bank = counterparties.bank();
        List<Integer> labs = counterparties.labs();
        List<Double> labShares = in.labShares();
        if (labShares.size() != labs.size()) {
            throw new IllegalArgumentException(labShares.size() + " lab shares for " + labs.size() + " labs");
        }
        double employed = 0;
        double trend = 0;
        double investors = 0;
        double trendWealth = 0;
        double investingWealth = 0;
        double delinquent = 0;
        double cardDebt = 0;
        double aiConsumer = in.aiConsumerSpending();
        lastConsumption = 0;
        for (int g = 0; g < GROUPS; g++) {
            lastConsumption += toBn(t[GroupSum.CONSUMPTION.of(g)]);
        }
        for (int g = 0; g < GROUPS; g++) {
            int a = accounts[g];
            ledger.pay(firms, a, toBn(t[GroupSum.WAGES.of(g)]), Flow.WAGES);
            ledger.pay(gov, a, toBn(t[GroupSum.BENEFITS.of(g)]), Flow.BENEFITS);
            ledger.pay(gov, a, toBn(t[GroupSum.TRANSFERS.of(g)]), Flow.TRANSFERS);
            ledger.pay(a, gov, toBn(t[GroupSum.TAXES.of(g)]), Flow.TAXES);
            ledger.pay(a, bank, toBn(t[GroupSum.CARD_INTEREST.of(g)]), Flow.INTEREST);
            ledger.issue(Instrument.CONSUMER_CREDIT, bank, a, toBn(t[GroupSum.BORROWING.of(g)]));
            ledger.redeem(Instrument.CONSUMER_CREDIT, bank, a, toBn(t[GroupSum.REPAYMENT.of(g)]));
            ledger.writeOff(Instrument.CONSUMER_CREDIT, bank, a, toBn(t[GroupSum.CHARGE_OFF.of(g)]));
            double spend = toBn(t[GroupSum.CONSUMPTION.of(g)]);
            double onAi = ConsumptionRule.onAi(spend, aiConsumer, lastConsumption);
            for (int l = 0; l < labs.size(); l++) {
                double labShare = labShares.get(l);
                if (labShare > 0) {
                    ledger.pay(a, labs.get(l), onAi * labShare, Flow.CONSUMPTION);
                }
            }
            ledger.pay(a, firms, spend - onAi * totalLabShare(labShares), Flow.CONSUMPTION);
            groupConsumption[g] = spend;
            groupWealth[g] = toBn(t[GroupSum.DEPOSITS.of(g)] - t[GroupSum.DEBT.of(g)]
                    + kernel.portfolioPerShare()[g] * shareTotal[g]);
            employed += t[GroupSum.EMPLOYED.of(g)];
            if (groupParams(g).investing()) {
                int members = h.end(g) - h.start(g);
                trend += t[GroupSum.TREND.of(g)];
                investors += members;
                trendWealth += t[GroupSum.INVESTING_WEALTH.of(g)] * t[GroupSum.TREND.of(g)] / members;
                investingWealth += t[GroupSum.INVESTING_WEALTH.of(g)];
            }
            delinquent += t[GroupSum.DELINQUENT_DEBT.of(g)];
            cardDebt += t[GroupSum.DEBT.of(g)];
            trackedDeposits[g] = toBn(t[GroupSum.DEPOSITS.of(g)]);
        }
        unemployment = 1 - employed / size;
        trendShare = investors > 0 ? trend / investors : 0;
        trendWealthShare = investingWealth > 0 ? trendWealth / investingWealth : trendShare;
        delinquencyRate = cardDebt > 0 ? delinquent / cardDebt : 0;
    }

    private static double totalLabShare(List<Double> labShares) {
        double total = 0;
        for (double share : labShares) {
            total += share;
        }
        return total;
    }

    private void checkAgainstLedger(double[] t) {
        for (int g = 0; g < GROUPS; g++) {
            double arrays = trackedDeposits[g];
            double books = ledger.deposits(accounts[g]);
            double debtArrays = toBn(t[GroupSum.DEBT.of(g)]);
            double debtBooks = ledger.liabilities(accounts[g], Instrument.CONSUMER_CREDIT);
            double tolerance = 1e-6 + TOLERANCE * Math.abs(books);
            if (Math.abs(arrays - books) > tolerance || Math.abs(debtArrays - debtBooks) > 1e-6 + TOLERANCE * debtBooks) {
                throw new BooksViolationException(month, "household arrays of " + ledger.name(accounts[g])
                        + " differ from the ledger: DEPOSITS " + arrays + " vs " + books + " bn, CONSUMER_CREDIT "
                        + debtArrays + " vs " + debtBooks + " bn");
            }
        }
    }

    /**
     * Records the groups' capital income of the month just settled (SETTLE_AND_CHECK phase, after all payments).
     *
     * @param month the month just settled, 0 at the start (after the first, the propensities are calibrated)
     */
    public void closeMonth(long month) {
        for (int g = 0; g < GROUPS; g++) {
            int a = accounts[g];
            double capitalIncome = ledger.income(a, Flow.DIVIDENDS) + ledger.income(a, Flow.INTEREST)
                    + ledger.income(a, Flow.TALENT_PAY);
            groupIncome[g] = disposableIncome(a, capitalIncome);
            if (month == 0) {
                recalibrate(g, capitalIncome);
                lastCapitalIncome[g] = capitalIncome;
            } else {
                lastCapitalIncome[g] = ConsumptionRule.smoothedCapitalIncome(lastCapitalIncome[g], capitalIncome);
            }
        }
    }

    /**
     * After the first month, sets the group's propensity to consume out of disposable income so that
     * the group's consumption at the start - spending out of the disposable income the first month
     * actually paid (wages or benefits, transfers, less taxes, plus capital income) plus
     * {@code wealthSpending} of its net wealth - is its configured share of {@code consumption0}.
     * Disposable income is only known once the month has settled.
     */
    private void recalibrate(int g, double capitalIncome) {
        kernel.mpc()[g] = propensity(g, disposableIncome(accounts[g], capitalIncome),
                wealth(HouseholdGroup.values()[g]));
    }

    /**
     * @return the disposable income the group's account {@code a} was paid this month, USD bn: wages or
     *         benefits, transfers, less taxes, plus {@code capitalIncome}
     */
    private double disposableIncome(int a, double capitalIncome) {
        return ledger.income(a, Flow.WAGES) + ledger.income(a, Flow.BENEFITS)
                + ledger.income(a, Flow.TRANSFERS) - ledger.spending(a, Flow.TAXES) + capitalIncome;
    }

    /**
     * @return the propensity to consume out of disposable income at which the group's starting
     *         consumption, with {@code wealthSpending} of its net wealth, is its share of {@code consumption0}
     */
    private double propensity(int g, double disposableBn, double wealthBn) {
        return ConsumptionRule.propensity(groupParams(g).consumptionShare() * consumption0,
                groupParams(g).wealthSpending(), wealthBn, disposableBn);
    }

    /** @return the value of group {@code g}'s portfolio (equity, fund units, Treasuries, bonds), USD bn */
    private double portfolio(int g) {
        int a = accounts[g];
        return ledger.assets(a, Instrument.EQUITY) + ledger.assets(a, Instrument.FUND_UNITS)
                + ledger.assets(a, Instrument.TREASURIES) + ledger.assets(a, Instrument.CORPORATE_BONDS);
    }

    private double toBn(double dollarsPerRealHousehold) {
        return dollarsPerRealHousehold * weight / 1e9;
    }

    /**
     * Sets the number of threads the household slices run on; results do not depend on it. Call before
     * {@link #populate} so the start is drawn on them too.
     *
     * @param threads threads, including the caller, {@code >= 1}
     */
    public void setThreads(int threads) {
        close();
        threaded = threads == 1 ? executor : new SliceExecutor(threads);
    }

    /** @return the number of threads the household slices run on */
    public int threads() {
        return threaded.threads();
    }

    /** Releases the worker threads, if any; they start again if the sector steps again. */
    public void close() {
        threaded.close();
    }

    /** @return the ledger account of {@code group} */
    public int account(HouseholdGroup group) {
        return accounts[group.ordinal()];
    }

    /** @return household consumption last month, USD bn */
    public double lastConsumption() {
        return lastConsumption;
    }

    /** @return household consumption at the start, USD bn per month */
    public double consumption0() {
        return consumption0;
    }

    /** @return consumption of {@code group} this month, USD bn */
    public double consumption(HouseholdGroup group) {
        return groupConsumption[group.ordinal()];
    }

    /**
     * @return disposable income of {@code group} in the month last settled, USD bn: wages or benefits, transfers,
     *         less taxes, plus dividends, interest and talent pay
     */
    public double income(HouseholdGroup group) {
        return groupIncome[group.ordinal()];
    }

    /** @return net wealth of {@code group}, USD bn */
    public double wealth(HouseholdGroup group) {
        return groupWealth[group.ordinal()];
    }

    /**
     * @param realRateGap this month's real policy rate less its neutral level ({@link RateChannel#gap})
     * @return per group, the factor on spending out of income from precautionary saving (one minus
     *         {@code precautionarySaving} times the rise of unemployment over its recent level, at least
     *         {@link PrecautionarySaving#MIN_CAUTION}) times the rate channel's factor ({@link RateChannel})
     */
    private double[] precaution(double realRateGap) {
        rateGap = RateChannel.smooth(rateGap, realRateGap, params.rateResponseMonths());
        for (HouseholdGroup g : HouseholdGroup.values()) {
            caution[g.ordinal()] = PrecautionarySaving.caution(params.group(g).precautionarySaving(), unemployment,
                    unemploymentReference) * RateChannel.factor(params.group(g).rateSensitivity(), rateGap);
        }
        unemploymentReference = PrecautionarySaving.usedTo(unemployment, unemploymentReference);
        return caution;
    }

    /** @return the unemployment rate among simulated households */
    public double unemployment() {
        return unemployment;
    }

    /** @return the share of investing households following the trend */
    public double trendFollowerShare() {
        return trendShare;
    }

    /**
     * @return the share of investing wealth that follows the trend: each investing group's (positive) wealth
     *         times the share of its households following the trend, over the investing groups' wealth. A
     *         household's rule does not move its own wealth (returns are shared by portfolio share), so within a
     *         group the rule is independent of wealth and this is the expectation of the household-by-household
     *         wealth-weighted share, without the sampling noise of the few richest households' rules
     */
    public double trendFollowerWealthShare() {
        return trendWealthShare;
    }

    /** @return the share of card debt that is delinquent */
    public double delinquencyRate() {
        return delinquencyRate;
    }

    /** @return the number of simulated households */
    public int size() {
        return size;
    }

    /** @return real households represented by each simulated one */
    public double weight() {
        return weight;
    }

    /** @return a snapshot of household {@code i} (for tests and inspectors) */
    public HouseholdView view(int i) {
        int g = h.groupOf(i);
        double perShare = portfolio(g) * 1e9 / weight / shareTotal[g];
        return new HouseholdView(i, HouseholdGroup.values()[g], h.deposits[i], h.debt[i], h.wage[i],
                h.has(i, HouseholdArrays.EMPLOYED), h.has(i, HouseholdArrays.TREND),
                h.has(i, HouseholdArrays.DELINQUENT), h.deposits[i] - h.debt[i] + h.share[i] * perShare,
                h.consumption[i]);
    }

    /** @return the first index of {@code group} */
    public int firstIndex(HouseholdGroup group) {
        return h.start(group.ordinal());
    }

    /** @return one past the last index of {@code group} */
    public int endIndex(HouseholdGroup group) {
        return h.end(group.ordinal());
    }

    @Override
    public int agents() {
        return size;
    }

    @Override
    public int bytesPerAgent() {
        return HouseholdArrays.BYTES_PER_HOUSEHOLD;
    }

    @Override
    public int bytesTouchedPerAgentMonth() {
        return HouseholdArrays.BYTES_TOUCHED_PER_MONTH;
    }

    @Override
    public long passNanos() {
        return passNanos;
    }

    @Override
    public long passes() {
        return passes;
    }

    @Override
    public KernelKind kernel() {
        return kernel.kind();
    }
}
