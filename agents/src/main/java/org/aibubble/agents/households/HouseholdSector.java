package org.aibubble.agents.households;

import java.io.Serializable;

import org.aibubble.agents.config.GroupParams;
import org.aibubble.agents.config.HouseholdGroup;
import org.aibubble.agents.config.HouseholdParams;
import org.aibubble.agents.economy.World;
import org.aibubble.agents.labs.ModelLab;
import org.aibubble.agents.ledger.BooksViolationException;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.parallel.CounterRandom;
import org.aibubble.agents.parallel.SliceExecutor;
import org.aibubble.agents.parallel.SliceLayout;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * All households, as one MASON {@code Steppable} over primitive arrays (one per field), grouped
 * contiguously by group of the K: indices {@code [0, top)} are TOP, then MIDDLE, then BOTTOM. Money in
 * the arrays is USD per real household; each simulated household stands for {@code usHouseholds / N}
 * real ones, and group totals in the ledger are in USD billions.
 *
 * <p>Each month, per household: job loss or hiring (to meet firms' labour demand, the bottom most
 * exposed), income (wage or benefit, transfers, its share of the group's capital income), taxes,
 * consumption out of disposable income plus an asymmetric, lagged wealth effect, card interest,
 * borrowing, repayment, delinquency and charge-offs, and (investing groups) the choice of forecasting
 * rule. Portfolio cash flows posted to the group's account by other agents (dividends, interest,
 * fund payouts, investments) are shared out by portfolio share. Random draws are counter-based, keyed
 * by (seed, decision, month, household), so results do not depend on how slices are run.
 */
public final class HouseholdSector implements Steppable, Serializable {
    private static final long serialVersionUID = 1L;
    private static final int GROUPS = 3;
    private static final byte EMPLOYED = 1;
    private static final byte TREND = 2;
    private static final byte DELINQUENT = 4;
    private static final int STREAM_INIT_WAGE = 10;
    private static final int STREAM_INIT_FLAGS = 11;
    private static final int STREAM_JOBS = 1;
    private static final int STREAM_REVIEW = 2;
    private static final int STREAM_CHOICE = 3;
    /** Partial sums kept per slice and group (see {@link Sum}). */
    private static final int SUMS = Sum.values().length;
    /** Months over which households average capital income before spending out of it (permanent income). */
    private static final double CAPITAL_INCOME_SMOOTHING = 6;
    /** Relative tolerance of the arrays-versus-ledger check. */
    private static final double TOLERANCE = 1e-8;

    /** The totals each slice accumulates per group, combined in slice order. */
    private enum Sum {
        CONSUMPTION, WAGES, BENEFITS, TRANSFERS, TAXES, CARD_INTEREST, BORROWING, REPAYMENT, CHARGE_OFF, EMPLOYED,
        EMPLOYED_WEIGHTED_EXPOSURE, UNEMPLOYED, DELINQUENT_DEBT, DEBT, DEPOSITS, WEALTH, TREND, TREND_WEALTH,
        INVESTING_WEALTH
    }

    private final World world;
    private final HouseholdParams params;
    private final int[] accounts = new int[GROUPS];
    private final GroupParams[] byGroup = new GroupParams[GROUPS];
    private final int size;
    private final int[] groupEnd = new int[GROUPS];
    private final double weight;
    private final SliceLayout layout;

    private final double[] deposits;
    private final double[] debt;
    private final float[] wage;
    private final float[] share;
    private final double[] wealthSmoothed;
    private final double[] wealthReference;
    private final float[] consumption;
    private final byte[] flags;

    private final double[] shareTotal = new double[GROUPS];
    private final double[] mpc = new double[GROUPS];
    private final double[] lastCapitalIncome = new double[GROUPS];
    private final double[] trackedDeposits = new double[GROUPS];
    private final double[] groupConsumption = new double[GROUPS];
    private final double[] groupWealth = new double[GROUPS];
    private double[][] partial;
    private double lastConsumption;
    private double consumption0;
    private double unemployment;
    private double trendShare;
    private double trendWealthShare;
    private double delinquencyRate;
    private int threads = 1;
    private transient SliceExecutor executor;

    /**
     * Creates the population and opens the groups' accounts in the ledger.
     *
     * @param world  the economy
     * @param params household parameters
     * @param n      the number of simulated households
     */
    public HouseholdSector(World world, HouseholdParams params, int n) {
        this.world = world;
        this.params = params;
        this.size = n;
        this.weight = params.usHouseholds() / n;
        this.layout = SliceLayout.of(n);
        int start = 0;
        for (HouseholdGroup g : HouseholdGroup.values()) {
            byGroup[g.ordinal()] = params.group(g);
            int count = g == HouseholdGroup.BOTTOM ? n - start
                    : (int) Math.round(params.group(g).populationShare() * n);
            groupEnd[g.ordinal()] = start + count;
            start += count;
            accounts[g.ordinal()] = world.ledger().open("households:" + g.name().toLowerCase(),
                    org.aibubble.agents.ledger.Sector.HOUSEHOLDS);
        }
        deposits = new double[n];
        debt = new double[n];
        wage = new float[n];
        share = new float[n];
        wealthSmoothed = new double[n];
        wealthReference = new double[n];
        consumption = new float[n];
        flags = new byte[n];
        partial = new double[layout.count()][GROUPS * SUMS];
    }

    /**
     * Fills the arrays with the starting population and opens the groups' deposits and card debt in the
     * ledger (their sums over households).
     *
     * @param unemployment0 the unemployment rate at the start
     */
    public void populate(double unemployment0) {
        long seed = world.config().run().seed();
        long wageKey = CounterRandom.key(seed, STREAM_INIT_WAGE, 0);
        long flagKey = CounterRandom.key(seed, STREAM_INIT_FLAGS, 0);
        double exposureMean = 0;
        for (HouseholdGroup g : HouseholdGroup.values()) {
            exposureMean += params.group(g).populationShare() * params.group(g).separationExposure();
        }
        for (HouseholdGroup g : HouseholdGroup.values()) {
            GroupParams p = params.group(g);
            int gi = g.ordinal();
            double unemploymentG = Math.min(0.9, unemployment0 * p.separationExposure() / exposureMean);
            double sigma = p.wageDispersion();
            double depositSum = 0;
            double debtSum = 0;
            for (int i = groupStart(gi); i < groupEnd[gi]; i++) {
                double z = CounterRandom.gaussian(wageKey, i);
                double relative = Math.exp(sigma * z - sigma * sigma / 2);
                wage[i] = (float) (p.monthlyWage() * relative);
                share[i] = (float) (relative * relative);
                shareTotal[gi] += share[i];
                deposits[i] = p.deposits() * relative;
                debt[i] = p.consumerDebt() * relative;
                depositSum += deposits[i];
                debtSum += debt[i];
                byte f = 0;
                if (CounterRandom.uniform(flagKey, 2L * i) >= unemploymentG) {
                    f |= EMPLOYED;
                }
                if (p.investing() && CounterRandom.uniform(flagKey, 2L * i + 1) < params.beliefs().trendFollowerShare0()) {
                    f |= TREND;
                }
                flags[i] = f;
            }
            Ledger ledger = world.ledger();
            ledger.openClaim(Instrument.DEPOSITS, accounts[gi], ledger.bank(), toBn(depositSum));
            if (debtSum > 0) {
                ledger.openClaim(Instrument.CONSUMER_CREDIT, ledger.bank(), accounts[gi], toBn(debtSum));
            }
            trackedDeposits[gi] = toBn(depositSum);
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
        double transfer = params.transferPerHousehold();
        for (HouseholdGroup g : HouseholdGroup.values()) {
            int gi = g.ordinal();
            double disposable = 0;
            for (int i = groupStart(gi); i < groupEnd[gi]; i++) {
                double labour = (flags[i] & EMPLOYED) != 0 ? wage[i] : params.benefitReplacement() * wage[i];
                disposable += labour * (1 - params.incomeTaxRate()) + transfer;
            }
            lastCapitalIncome[gi] = capitalIncomeRate * portfolio(gi);
            double disposableBn = toBn(disposable) + lastCapitalIncome[gi];
            mpc[gi] = params.group(g).consumptionShare() * consumption0 / disposableBn;
            double perShare = portfolio(gi) * 1e9 / weight / shareTotal[gi];
            double target = params.group(g).consumptionShare() * consumption0 * 1e9 / weight
                    / (groupEnd[gi] - groupStart(gi));
            for (int i = groupStart(gi); i < groupEnd[gi]; i++) {
                double wealth = deposits[i] - debt[i] + share[i] * perShare;
                wealthSmoothed[i] = wealth;
                wealthReference[i] = wealth;
                consumption[i] = (float) target;
            }
        }
    }

    @Override
    public void step(SimState state) {
        Ledger ledger = world.ledger();
        long month = world.month();
        long seed = world.drawSeed();
        double priceLevel = world.otherFirms().priceLevel();
        double[] residualPerShare = new double[GROUPS];
        double[] portfolioPerShare = new double[GROUPS];
        double[] capitalIncomePerShare = new double[GROUPS];
        for (int g = 0; g < GROUPS; g++) {
            double residual = ledger.deposits(accounts[g]) - trackedDeposits[g];
            residualPerShare[g] = residual * 1e9 / weight / shareTotal[g];
            portfolioPerShare[g] = portfolio(g) * 1e9 / weight / shareTotal[g];
            capitalIncomePerShare[g] = lastCapitalIncome[g] * 1e9 / weight / shareTotal[g];
        }
        double[] fire = new double[GROUPS];
        double hire = employmentProbabilities(fire);
        double pTrend = trendProbability();
        Kernel kernel = new Kernel(priceLevel, residualPerShare, portfolioPerShare, capitalIncomePerShare, fire, hire,
                pTrend, CounterRandom.key(seed, STREAM_JOBS, month), CounterRandom.key(seed, STREAM_REVIEW, month),
                CounterRandom.key(seed, STREAM_CHOICE, month));
        executor().forEachSlice(layout.count(), kernel::run);
        double[] totals = combine();
        post(totals);
        checkAgainstLedger(totals);
    }

    /** The per-household update of one month, with the month's group-level inputs. */
    private final class Kernel {
        private final double priceLevel;
        private final double[] residualPerShare;
        private final double[] portfolioPerShare;
        private final double[] capitalIncomePerShare;
        private final double[] fire;
        private final double hire;
        private final double pTrend;
        private final long jobKey;
        private final long reviewKey;
        private final long choiceKey;
        private final double cardRate = world.bonds().cardRate() / 12;

        Kernel(double priceLevel, double[] residualPerShare, double[] portfolioPerShare,
                double[] capitalIncomePerShare, double[] fire, double hire, double pTrend, long jobKey, long reviewKey,
                long choiceKey) {
            this.priceLevel = priceLevel;
            this.residualPerShare = residualPerShare;
            this.portfolioPerShare = portfolioPerShare;
            this.capitalIncomePerShare = capitalIncomePerShare;
            this.fire = fire;
            this.hire = hire;
            this.pTrend = pTrend;
            this.jobKey = jobKey;
            this.reviewKey = reviewKey;
            this.choiceKey = choiceKey;
        }

        void run(int slice) {
            double[] sums = partial[slice];
            java.util.Arrays.fill(sums, 0);
            int end = layout.end(slice);
            for (int i = layout.start(slice); i < end; i++) {
                int g = i < groupEnd[0] ? 0 : i < groupEnd[1] ? 1 : 2;
                update(i, g, sums, g * SUMS);
            }
        }

        private void update(int i, int g, double[] sums, int base) {
            GroupParams p = byGroup[g];
            byte f = flags[i];
            double draw = CounterRandom.uniform(jobKey, i);
            if ((f & EMPLOYED) != 0) {
                if (draw < fire[g]) {
                    f &= ~EMPLOYED;
                }
            } else if (draw < hire) {
                f |= EMPLOYED;
            }
            boolean employed = (f & EMPLOYED) != 0;
            double wageNow = wage[i] * priceLevel;
            double labour = employed ? wageNow : params.benefitReplacement() * wageNow;
            double transfer = params.transferPerHousehold() * priceLevel;
            double tax = params.incomeTaxRate() * labour;
            double s = share[i];
            double dep = deposits[i] + s * residualPerShare[g];
            double owed = debt[i];
            double cardInterest = owed * cardRate;
            double disposable = labour + transfer - tax + s * capitalIncomePerShare[g];
            double wealth = dep - owed + s * portfolioPerShare[g];
            double smoothed = wealthSmoothed[i] + (wealth - wealthSmoothed[i]) / (1 + params.wealthEffectLagMonths());
            double reference = wealthReference[i] + (smoothed - wealthReference[i]) / params.wealthReferenceMonths();
            double gap = smoothed - reference;
            double wealthEffect = p.wealthEffect() / 12 * gap * (gap < 0 ? p.lossAversion() : 1.0);
            double spend = Math.max(0.3 * (labour + transfer), mpc[g] * disposable + wealthEffect);
            dep += labour + transfer - tax - cardInterest - spend;
            double limit = p.cardLimitMonths() * wageNow;
            double borrowed = 0;
            double repaid = 0;
            if (dep < 0) {
                borrowed = Math.min(-dep, Math.max(0, limit - owed));
                owed += borrowed;
                dep += borrowed;
                if (dep < 0) {
                    double cut = Math.min(-dep, spend);
                    spend -= cut;
                    dep += cut;
                }
            } else if (owed > 0 && dep > labour + transfer) {
                repaid = Math.min(owed, params.cardRepayShare() * (dep - labour - transfer));
                owed -= repaid;
                dep -= repaid;
            }
            boolean delinquent = owed > 0 && (cardInterest > params.delinquencyPaymentShare() * (labour + transfer)
                    || (dep <= 0 && owed >= 0.999 * limit));
            double chargedOff = delinquent ? params.chargeOffRate() * owed : 0;
            owed -= chargedOff;
            f = delinquent ? (byte) (f | DELINQUENT) : (byte) (f & ~DELINQUENT);
            if (p.investing() && CounterRandom.uniform(reviewKey, i) < params.beliefs().reviewProbability()) {
                f = CounterRandom.uniform(choiceKey, i) < pTrend ? (byte) (f | TREND) : (byte) (f & ~TREND);
            }
            deposits[i] = dep;
            debt[i] = owed;
            wealthSmoothed[i] = smoothed;
            wealthReference[i] = reference;
            consumption[i] = (float) spend;
            flags[i] = f;
            double wealthNow = dep - owed + s * portfolioPerShare[g];
            sums[base + Sum.CONSUMPTION.ordinal()] += spend;
            sums[base + Sum.WAGES.ordinal()] += employed ? labour : 0;
            sums[base + Sum.BENEFITS.ordinal()] += employed ? 0 : labour;
            sums[base + Sum.TRANSFERS.ordinal()] += transfer;
            sums[base + Sum.TAXES.ordinal()] += tax;
            sums[base + Sum.CARD_INTEREST.ordinal()] += cardInterest;
            sums[base + Sum.BORROWING.ordinal()] += borrowed;
            sums[base + Sum.REPAYMENT.ordinal()] += repaid;
            sums[base + Sum.CHARGE_OFF.ordinal()] += chargedOff;
            sums[base + Sum.EMPLOYED.ordinal()] += employed ? 1 : 0;
            sums[base + Sum.UNEMPLOYED.ordinal()] += employed ? 0 : 1;
            sums[base + Sum.EMPLOYED_WEIGHTED_EXPOSURE.ordinal()] += employed ? p.separationExposure() : 0;
            sums[base + Sum.DELINQUENT_DEBT.ordinal()] += delinquent ? owed : 0;
            sums[base + Sum.DEBT.ordinal()] += owed;
            sums[base + Sum.DEPOSITS.ordinal()] += dep;
            sums[base + Sum.WEALTH.ordinal()] += wealthNow;
            if (p.investing()) {
                double positive = Math.max(0, wealthNow);
                sums[base + Sum.INVESTING_WEALTH.ordinal()] += positive;
                if ((f & TREND) != 0) {
                    sums[base + Sum.TREND.ordinal()] += 1;
                    sums[base + Sum.TREND_WEALTH.ordinal()] += positive;
                }
            }
        }
    }

    private GroupParams groupParams(int g) {
        return byGroup[g];
    }

    /** Sets firing probabilities per group and returns the hiring probability, to move employment to firms' target. */
    private double employmentProbabilities(double[] fire) {
        double employed = 0;
        double exposureWeighted = 0;
        double unemployed = 0;
        double[] totals = partial.length > 0 && world.month() > 0 ? combine() : null;
        for (int g = 0; g < GROUPS; g++) {
            double e;
            double ew;
            double u;
            if (totals == null) {
                e = 0;
                u = 0;
                for (int i = groupStart(g); i < groupEnd[g]; i++) {
                    if ((flags[i] & EMPLOYED) != 0) {
                        e++;
                    } else {
                        u++;
                    }
                }
                ew = e * groupParams(g).separationExposure();
            } else {
                e = totals[g * SUMS + Sum.EMPLOYED.ordinal()];
                u = totals[g * SUMS + Sum.UNEMPLOYED.ordinal()];
                ew = totals[g * SUMS + Sum.EMPLOYED_WEIGHTED_EXPOSURE.ordinal()];
            }
            employed += e;
            unemployed += u;
            exposureWeighted += ew;
        }
        double change = world.otherFirms().employmentTarget() * size - employed;
        for (int g = 0; g < GROUPS; g++) {
            fire[g] = change < 0 && exposureWeighted > 0
                    ? Math.min(1, -change / exposureWeighted * groupParams(g).separationExposure()) : 0;
        }
        return change > 0 && unemployed > 0 ? Math.min(1, change / unemployed) : 0;
    }

    private double trendProbability() {
        double beta = params.beliefs().intensityOfChoice();
        double advantage = world.equity().trendAdvantage();
        double herd = params.beliefs().herding() * (2 * trendShare - 1);
        return 1 / (1 + Math.exp(-(beta * advantage + herd)));
    }

    private double[] combine() {
        double[] totals = new double[GROUPS * SUMS];
        for (double[] slice : partial) {
            for (int k = 0; k < totals.length; k++) {
                totals[k] += slice[k];
            }
        }
        return totals;
    }

    private void post(double[] t) {
        Ledger ledger = world.ledger();
        int firms = world.otherFirms().account();
        int gov = world.government().account();
        int bank = ledger.bank();
        double employed = 0;
        double trend = 0;
        double investors = 0;
        double trendWealth = 0;
        double investingWealth = 0;
        double delinquent = 0;
        double cardDebt = 0;
        double aiConsumer = world.aiDemand().consumerShare() * world.aiDemand().revenue();
        lastConsumption = 0;
        for (int g = 0; g < GROUPS; g++) {
            lastConsumption += toBn(t[g * SUMS + Sum.CONSUMPTION.ordinal()]);
        }
        for (int g = 0; g < GROUPS; g++) {
            int a = accounts[g];
            int base = g * SUMS;
            ledger.pay(firms, a, toBn(t[base + Sum.WAGES.ordinal()]), Flow.WAGES);
            ledger.pay(gov, a, toBn(t[base + Sum.BENEFITS.ordinal()]), Flow.BENEFITS);
            ledger.pay(gov, a, toBn(t[base + Sum.TRANSFERS.ordinal()]), Flow.TRANSFERS);
            ledger.pay(a, gov, toBn(t[base + Sum.TAXES.ordinal()]), Flow.TAXES);
            ledger.pay(a, bank, toBn(t[base + Sum.CARD_INTEREST.ordinal()]), Flow.INTEREST);
            ledger.issue(Instrument.CONSUMER_CREDIT, bank, a, toBn(t[base + Sum.BORROWING.ordinal()]));
            ledger.redeem(Instrument.CONSUMER_CREDIT, bank, a, toBn(t[base + Sum.REPAYMENT.ordinal()]));
            ledger.writeOff(Instrument.CONSUMER_CREDIT, bank, a, toBn(t[base + Sum.CHARGE_OFF.ordinal()]));
            double spend = toBn(t[base + Sum.CONSUMPTION.ordinal()]);
            double onAi = Math.min(spend, aiConsumer * spend / Math.max(lastConsumption, 1e-9));
            for (ModelLab lab : world.labs()) {
                double labShare = lab.marketShare();
                if (labShare > 0) {
                    ledger.pay(a, lab.account(), onAi * labShare, Flow.CONSUMPTION);
                }
            }
            ledger.pay(a, firms, spend - onAi * totalLabShare(), Flow.CONSUMPTION);
            groupConsumption[g] = spend;
            groupWealth[g] = toBn(t[base + Sum.WEALTH.ordinal()]);
            employed += t[base + Sum.EMPLOYED.ordinal()];
            trend += t[base + Sum.TREND.ordinal()];
            if (groupParams(g).investing()) {
                investors += groupEnd[g] - groupStart(g);
            }
            trendWealth += t[base + Sum.TREND_WEALTH.ordinal()];
            investingWealth += t[base + Sum.INVESTING_WEALTH.ordinal()];
            delinquent += t[base + Sum.DELINQUENT_DEBT.ordinal()];
            cardDebt += t[base + Sum.DEBT.ordinal()];
            trackedDeposits[g] = toBn(t[base + Sum.DEPOSITS.ordinal()]);
        }
        unemployment = 1 - employed / size;
        trendShare = investors > 0 ? trend / investors : 0;
        trendWealthShare = investingWealth > 0 ? trendWealth / investingWealth : trendShare;
        delinquencyRate = cardDebt > 0 ? delinquent / cardDebt : 0;
        world.otherFirms().observeUnemployment(unemployment);
    }

    private double totalLabShare() {
        double total = 0;
        for (ModelLab lab : world.labs()) {
            total += lab.marketShare();
        }
        return total;
    }

    private void checkAgainstLedger(double[] t) {
        Ledger ledger = world.ledger();
        for (int g = 0; g < GROUPS; g++) {
            double arrays = trackedDeposits[g];
            double books = ledger.deposits(accounts[g]);
            double debtArrays = toBn(t[g * SUMS + Sum.DEBT.ordinal()]);
            double debtBooks = ledger.liabilities(accounts[g], Instrument.CONSUMER_CREDIT);
            double tolerance = 1e-6 + TOLERANCE * Math.abs(books);
            if (Math.abs(arrays - books) > tolerance || Math.abs(debtArrays - debtBooks) > 1e-6 + TOLERANCE * debtBooks) {
                throw new BooksViolationException(world.month(), "household arrays of " + ledger.name(accounts[g])
                        + " differ from the ledger: DEPOSITS " + arrays + " vs " + books + " bn, CONSUMER_CREDIT "
                        + debtArrays + " vs " + debtBooks + " bn");
            }
        }
    }

    /** Records the groups' capital income of the month just settled (SETTLE_AND_CHECK phase, after all payments). */
    public void closeMonth() {
        Ledger ledger = world.ledger();
        for (int g = 0; g < GROUPS; g++) {
            int a = accounts[g];
            double capitalIncome = ledger.income(a, Flow.DIVIDENDS) + ledger.income(a, Flow.INTEREST)
                    + ledger.income(a, Flow.TALENT_PAY);
            if (world.month() == 0) {
                recalibrate(g, capitalIncome);
                lastCapitalIncome[g] = capitalIncome;
            } else {
                lastCapitalIncome[g] += (capitalIncome - lastCapitalIncome[g]) / CAPITAL_INCOME_SMOOTHING;
            }
        }
    }

    /**
     * After the first month, sets the group's propensity to consume out of disposable income so that
     * the group's consumption at the start, out of the disposable income the first month actually
     * paid (wages or benefits, transfers, less taxes, plus capital income), is its configured share of
     * {@code consumption0}. Disposable income is only known once the month has settled.
     */
    private void recalibrate(int g, double capitalIncome) {
        Ledger ledger = world.ledger();
        int a = accounts[g];
        double disposable = ledger.income(a, Flow.WAGES) + ledger.income(a, Flow.BENEFITS)
                + ledger.income(a, Flow.TRANSFERS) - ledger.spending(a, Flow.TAXES) + capitalIncome;
        mpc[g] = groupParams(g).consumptionShare() * consumption0 / Math.max(disposable, 1e-9);
    }

    /** @return the value of group {@code g}'s portfolio (equity, fund units, Treasuries, bonds), USD bn */
    private double portfolio(int g) {
        Ledger ledger = world.ledger();
        int a = accounts[g];
        return ledger.assets(a, Instrument.EQUITY) + ledger.assets(a, Instrument.FUND_UNITS)
                + ledger.assets(a, Instrument.TREASURIES) + ledger.assets(a, Instrument.CORPORATE_BONDS);
    }

    private int groupStart(int g) {
        return g == 0 ? 0 : groupEnd[g - 1];
    }

    private double toBn(double dollarsPerRealHousehold) {
        return dollarsPerRealHousehold * weight / 1e9;
    }

    private SliceExecutor executor() {
        if (executor == null) {
            executor = new SliceExecutor(threads);
        }
        return executor;
    }

    /** Sets the number of threads the household loop uses; results do not depend on it. */
    public void setThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1");
        }
        if (executor != null) {
            executor.close();
            executor = null;
        }
        this.threads = threads;
    }

    /** Releases the worker threads, if any. */
    public void close() {
        if (executor != null) {
            executor.close();
            executor = null;
        }
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

    /** @return net wealth of {@code group}, USD bn */
    public double wealth(HouseholdGroup group) {
        return groupWealth[group.ordinal()];
    }

    /** @return the unemployment rate among simulated households */
    public double unemployment() {
        return unemployment;
    }

    /** @return the share of investing households following the trend */
    public double trendFollowerShare() {
        return trendShare;
    }

    /** @return the wealth-weighted share of investing households following the trend */
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
        int g = i < groupEnd[0] ? 0 : i < groupEnd[1] ? 1 : 2;
        double perShare = portfolio(g) * 1e9 / weight / shareTotal[g];
        byte f = flags[i];
        return new HouseholdView(i, HouseholdGroup.values()[g], deposits[i], debt[i], wage[i], (f & EMPLOYED) != 0,
                (f & TREND) != 0, (f & DELINQUENT) != 0, deposits[i] - debt[i] + share[i] * perShare, consumption[i]);
    }

    /** @return the first index of {@code group} */
    public int firstIndex(HouseholdGroup group) {
        return groupStart(group.ordinal());
    }

    /** @return one past the last index of {@code group} */
    public int endIndex(HouseholdGroup group) {
        return groupEnd[group.ordinal()];
    }
}
