package org.aibubble.agents.households;

import java.io.Serializable;
import java.util.Arrays;

import org.aibubble.agents.config.GroupParams;
import org.aibubble.agents.config.HouseholdParams;
import org.aibubble.agents.parallel.QuasiRandom;
import org.aibubble.agents.parallel.SliceLayout;
import org.aibubble.agents.parallel.SliceTask;

/**
 * One month of every household, slice by slice: job loss or hiring, income, taxes, consumption with the
 * asymmetric lagged wealth effect, card interest, borrowing, repayment, delinquency and charge-offs, and the
 * choice of forecasting rule (the equations are those of {@link HouseholdSector}). The sector sets the month's
 * group-level inputs ({@link #prepare}), then runs {@link #run} for every slice, on any thread.
 *
 * <p>How it is fast: a slice is cut at group boundaries into segments; within a segment every group constant
 * sits in a local variable and the totals in local doubles, so the loop body reads and writes only the
 * households' own array elements. The two exponential-smoothing divisions are multiplications by the
 * reciprocal (a difference in the last bit). Totals that follow from others (transfers, taxes, the unemployed,
 * exposure-weighted employment) are derived once per segment. Nothing is allocated.
 */
final class MonthKernel implements SliceTask, Serializable {
    private static final long serialVersionUID = 1L;
    private static final int GROUPS = 3;
    /** Spending never falls under this share of labour income plus transfers. */
    private static final double SPENDING_FLOOR = 0.3;
    /** An unemployed borrower at this share of the card limit with no deposits left counts as delinquent. */
    private static final double LIMIT_USED = 0.999;

    private final HouseholdArrays h;
    private final HouseholdParams params;
    private final GroupParams[] byGroup;
    private final SliceLayout layout;
    private final double[][] partial;

    private final double[] residualPerShare = new double[GROUPS];
    private final double[] portfolioPerShare = new double[GROUPS];
    private final double[] capitalIncomePerShare = new double[GROUPS];
    private final double[] fire = new double[GROUPS];
    private final double[] mpc = new double[GROUPS];
    private double priceLevel;
    private double hire;
    private double pTrend;
    private double cardRate;
    private final double[] caution = new double[GROUPS];
    private double creditLine = 1.0;
    private long jobOffset;
    private long reviewOffset;
    private long choiceOffset;

    MonthKernel(HouseholdArrays h, HouseholdParams params, GroupParams[] byGroup, SliceLayout layout,
            double[][] partial) {
        this.h = h;
        this.params = params;
        this.byGroup = byGroup.clone();
        this.layout = layout;
        this.partial = partial;
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
     * @param priceLevel   consumer prices relative to the start
     * @param hireChance   the chance an unemployed household finds a job this month
     * @param trendChance  the chance a reviewing household picks the trend rule
     * @param monthlyCardRate card interest per month
     * @param seed         the draw seed
     * @param month        the month, for the draw keys
     * @param streams      the stream numbers of the job, review and choice draws
     * @param caution      per group, the factor on spending out of income from precautionary saving
     * @param creditLine   the share of card limits the bank still grants
     */
    void prepare(double priceLevel, double hireChance, double trendChance, double monthlyCardRate, long seed,
            long month, int[] streams, double[] caution, double creditLine) {
        System.arraycopy(caution, 0, this.caution, 0, GROUPS);
        this.creditLine = creditLine;
        this.priceLevel = priceLevel;
        this.hire = hireChance;
        this.pTrend = trendChance;
        this.cardRate = monthlyCardRate;
        this.jobOffset = QuasiRandom.offset(seed, streams[0], month);
        this.reviewOffset = QuasiRandom.offset(seed, streams[1], month);
        this.choiceOffset = QuasiRandom.offset(seed, streams[2], month);
    }

    @Override
    public void run(int slice) {
        double[] sums = partial[slice];
        Arrays.fill(sums, 0);
        int from = layout.start(slice);
        int to = layout.end(slice);
        for (int g = 0; g < GROUPS; g++) {
            int a = Math.max(from, h.start(g));
            int b = Math.min(to, h.end(g));
            if (a < b) {
                segment(g, a, b, sums);
            }
        }
    }

    // One loop over the households of one group in one slice; long because every constant is hoisted into a
    // local and every total is a local, which is what keeps the loop body free of loads other than the arrays.
    private void segment(int g, int from, int to, double[] sums) {
        GroupParams p = byGroup[g];
        final long fireBelow = QuasiRandom.threshold(fire[g]);
        final long hireBelow = QuasiRandom.threshold(hire);
        final double price = priceLevel;
        final double benefit = params.benefitReplacement();
        final double transfer = params.transferPerHousehold() * priceLevel;
        final double taxRate = params.incomeTaxRate();
        final double residual = residualPerShare[g];
        final double capitalIncome = capitalIncomePerShare[g];
        final double portfolio = portfolioPerShare[g];
        final double rate = cardRate;
        final double lagWeight = 1 / (1 + params.wealthEffectLagMonths());
        final double referenceWeight = 1 / params.wealthReferenceMonths();
        final double wealthEffectPerMonth = p.wealthEffect() / 12;
        final double wealthSpendingPerMonth = p.wealthSpending() / 12;
        final double lossAversion = p.lossAversion();
        final double propensity = mpc[g] * caution[g];
        final double limitMonths = p.cardLimitMonths() * creditLine;
        final double repayShare = params.cardRepayShare();
        final double delinquencyShare = params.delinquencyPaymentShare();
        final double chargeOffRate = params.chargeOffRate();
        final boolean investing = p.investing();
        final long reviewBelow = QuasiRandom.threshold(params.beliefs().reviewProbability());
        final long trendBelow = QuasiRandom.threshold(pTrend);
        final long jobs = jobOffset;
        final long reviews = reviewOffset;
        final long choices = choiceOffset;
        final double[] depositsOf = h.deposits;
        final double[] debtOf = h.debt;
        final float[] wageOf = h.wage;
        final float[] shareOf = h.share;
        final float[] smoothedOf = h.wealthSmoothed;
        final float[] referenceOf = h.wealthReference;
        final float[] consumptionOf = h.consumption;
        final byte[] flagsOf = h.flags;

        double sumSpend = 0;
        double sumWages = 0;
        double sumBenefits = 0;
        double sumCardInterest = 0;
        double sumBorrowed = 0;
        double sumRepaid = 0;
        double sumChargedOff = 0;
        double sumEmployed = 0;
        double sumDelinquentDebt = 0;
        double sumDebt = 0;
        double sumDeposits = 0;
        double sumTrend = 0;
        double sumInvestingWealth = 0;
        for (int i = from; i < to; i++) {
            int f = flagsOf[i];
            long draw = QuasiRandom.draw53(jobs, QuasiRandom.JOB, i);
            if ((f & HouseholdArrays.EMPLOYED) != 0) {
                if (draw < fireBelow) {
                    f &= ~HouseholdArrays.EMPLOYED;
                }
            } else if (draw < hireBelow) {
                f |= HouseholdArrays.EMPLOYED;
            }
            boolean employed = (f & HouseholdArrays.EMPLOYED) != 0;
            double wageNow = wageOf[i] * price;
            double labour = employed ? wageNow : benefit * wageNow;
            double tax = taxRate * labour;
            double s = shareOf[i];
            double dep = depositsOf[i] + s * residual;
            double owed = debtOf[i];
            double cardInterest = owed * rate;
            double disposable = labour + transfer - tax + s * capitalIncome;
            double wealth = dep - owed + s * portfolio;
            double smoothed0 = smoothedOf[i];
            double smoothed = smoothed0 + (wealth - smoothed0) * lagWeight;
            double reference0 = referenceOf[i];
            double reference = reference0 + (smoothed - reference0) * referenceWeight;
            double gap = smoothed - reference;
            double wealthEffect = wealthEffectPerMonth * gap * (gap < 0 ? lossAversion : 1.0);
            double spend = Math.max(SPENDING_FLOOR * (labour + transfer),
                    propensity * disposable + wealthSpendingPerMonth * Math.max(0, smoothed) + wealthEffect);
            dep += labour + transfer - tax - cardInterest - spend;
            double limit = limitMonths * wageNow;
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
                repaid = Math.min(owed, repayShare * (dep - labour - transfer));
                owed -= repaid;
                dep -= repaid;
            }
            boolean delinquent = owed > 0 && (cardInterest > delinquencyShare * (labour + transfer)
                    || (!employed && dep <= 0 && owed >= LIMIT_USED * limit));
            double chargedOff = delinquent ? chargeOffRate * owed : 0;
            owed -= chargedOff;
            f = delinquent ? f | HouseholdArrays.DELINQUENT : f & ~HouseholdArrays.DELINQUENT;
            if (investing && QuasiRandom.draw53(reviews, QuasiRandom.REVIEW, i) < reviewBelow) {
                f = QuasiRandom.draw53(choices, QuasiRandom.CHOICE, i) < trendBelow ? f | HouseholdArrays.TREND
                        : f & ~HouseholdArrays.TREND;
            }
            depositsOf[i] = dep;
            debtOf[i] = owed;
            smoothedOf[i] = (float) smoothed;
            referenceOf[i] = (float) reference;
            consumptionOf[i] = (float) spend;
            flagsOf[i] = (byte) f;
            sumSpend += spend;
            sumWages += employed ? labour : 0;
            sumBenefits += employed ? 0 : labour;
            sumCardInterest += cardInterest;
            sumBorrowed += borrowed;
            sumRepaid += repaid;
            sumChargedOff += chargedOff;
            sumEmployed += employed ? 1 : 0;
            sumDelinquentDebt += delinquent ? owed : 0;
            sumDebt += owed;
            sumDeposits += dep;
            if (investing) {
                sumInvestingWealth += Math.max(0, dep - owed + s * portfolio);
                sumTrend += (f & HouseholdArrays.TREND) != 0 ? 1 : 0;
            }
        }
        int households = to - from;
        sums[GroupSum.CONSUMPTION.of(g)] = sumSpend;
        sums[GroupSum.WAGES.of(g)] = sumWages;
        sums[GroupSum.BENEFITS.of(g)] = sumBenefits;
        sums[GroupSum.TRANSFERS.of(g)] = transfer * households;
        sums[GroupSum.TAXES.of(g)] = taxRate * (sumWages + sumBenefits);
        sums[GroupSum.CARD_INTEREST.of(g)] = sumCardInterest;
        sums[GroupSum.BORROWING.of(g)] = sumBorrowed;
        sums[GroupSum.REPAYMENT.of(g)] = sumRepaid;
        sums[GroupSum.CHARGE_OFF.of(g)] = sumChargedOff;
        sums[GroupSum.EMPLOYED.of(g)] = sumEmployed;
        sums[GroupSum.UNEMPLOYED.of(g)] = households - sumEmployed;
        sums[GroupSum.EMPLOYED_WEIGHTED_EXPOSURE.of(g)] = p.separationExposure() * sumEmployed;
        sums[GroupSum.DELINQUENT_DEBT.of(g)] = sumDelinquentDebt;
        sums[GroupSum.DEBT.of(g)] = sumDebt;
        sums[GroupSum.DEPOSITS.of(g)] = sumDeposits;
        sums[GroupSum.TREND.of(g)] = sumTrend;
        sums[GroupSum.INVESTING_WEALTH.of(g)] = sumInvestingWealth;
    }
}
