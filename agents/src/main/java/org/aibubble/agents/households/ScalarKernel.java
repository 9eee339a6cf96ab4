package org.aibubble.agents.households;

import org.aibubble.agents.parallel.CounterRandom;

/**
 * The household month one household at a time: <b>the one source of truth of the per-household equations</b>
 * (docs/MODEL.md, section 3, describes them and points here), the whole kernel when the Vector API is absent,
 * and the head and tail of every segment around the vector body. Money in USD per real household.
 *
 * <p>Per household, in this order: job loss or hiring (an independent keyed draw against the month's chances),
 * labour income (wage, or benefit without a job), tax, deposits plus the group's residual cash flows, card
 * interest, disposable income, wealth and its lagged, smoothed value, whose monthly change moves spending (the
 * wealth effect: on impact a loss moves spending {@code lossAversion} times as much as a gain, see {@link WealthEffect};
 * it fades over {@code wealthReferenceMonths}), desired spending and its floor, card borrowing where
 * deposits go negative, a spending cut beyond the limit, repayment from deposits above a month's income,
 * delinquency and charge-off, and (investing groups) the review of the forecasting rule. Every constant is a
 * field of {@link GroupMonth}; this class has no literal of its own but 0 and 1.
 *
 * <p>The draws: household {@code i}'s job draw is {@code CounterRandom.draw53(jobKey, i)}, its review draw
 * {@code draw53(reviewKey, i)} and its choice draw {@code draw53(choiceKey, i)}, the keys being
 * {@code CounterRandom.key(seed, decision, month)} of the month ({@link MonthKernel#prepare}); a transition
 * happens where the draw is under the chance's integer threshold ({@link CounterRandom#threshold}). So every
 * household's draws are independent across households, decisions and months: who lost a job last month is no
 * likelier to be hired or fired together this month. The vector kernel computes the same SplitMix64 finaliser
 * lane-wise.
 *
 * <p>{@link VectorKernel} is a hand-vectorised copy for speed, kept from drifting by tests: it must give the same
 * bits for every array element and every total on randomised adversarial populations and parameters at 8 and
 * 4 lanes ({@code VectorKernelTest}, which also must reach every branch of this class: the build's
 * coverage check), and both kernels must read the same fields of {@link GroupMonth} and no other floating-point
 * constant ({@code KernelBytecodeTest}). A change of an equation here fails those tests until the vector
 * kernel follows.
 *
 * <p>Arithmetic order is part of the contract: every expression is evaluated exactly as written, with no fused
 * multiply-add, and every total is added into its partial sum at lane {@code i % 8} ({@link LaneSums}), so the
 * vector kernel, which evaluates the same expressions lane-wise with bit selects in place of branches, produces the
 * same doubles. Some expressions are written the way the vector kernel computes them cheaply (benefits as labour
 * income less wages, delinquent debt as the delinquent's debt less the charge-off); the counts (employed, trend
 * followers) are sums of 1.0, exact integers, which the vector kernel counts in integers.
 * Comparisons of doubles go through {@link #less} (the sign bit of the difference), minima through
 * {@link #smaller} and {@code max(0, x)} through {@link #nonNegative}, which is how the vector kernel decides
 * them without masks; for finite values they agree with {@code <}, {@code Math.min} and {@code Math.max} (but
 * for -0.0 against +0.0).
 */
final class ScalarKernel {
    private ScalarKernel() {
    }

    /**
     * Runs the month for households {@code [from, to)} of one group, updating their arrays and adding to the
     * partial sums.
     *
     * @param c     the group's constants for the month
     * @param h     the households
     * @param from  the first household
     * @param to    one past the last household
     * @param lanes the partial sums ({@link LaneSums#SIZE} doubles), added to
     */
    // Long because every constant is hoisted into a local, which keeps the loop free of loads other than the arrays.
    static void range(GroupMonth c, HouseholdArrays h, int from, int to, double[] lanes) {
        final long fireBelow = c.fireBelow;
        final long hireBelow = c.hireBelow;
        final long reviewBelow = c.reviewBelow;
        final long trendBelow = c.trendBelow;
        final long jobs = c.jobKey;
        final long reviews = c.reviewKey;
        final long choices = c.choiceKey;
        final double wageIndex = c.wageIndex;
        final double benefit = c.benefit;
        final double transfer = c.transfer;
        final double taxRate = c.taxRate;
        final double residual = c.residual;
        final double capitalIncome = c.capitalIncome;
        final double portfolio = c.portfolio;
        final double rate = c.cardRate;
        final double lagWeight = c.lagWeight;
        final double referenceWeight = c.referenceWeight;
        final double wealthSpendingPerMonth = c.wealthSpendingPerMonth;
        final double gainWeight = c.wealthGainWeight;
        final double lossWeight = c.wealthLossWeight;
        final double propensity = c.propensity;
        final double spendingFloor = c.spendingFloor;
        final double limitUsed = c.limitUsed;
        final double limitMonths = c.limitMonths;
        final double repayShare = c.repayShare;
        final double delinquencyShare = c.delinquencyShare;
        final double chargeOffRate = c.chargeOffRate;
        final boolean investing = c.investing;
        final double[] depositsOf = h.deposits;
        final double[] debtOf = h.debt;
        final float[] wageOf = h.wage;
        final float[] shareOf = h.share;
        final float[] smoothedOf = h.wealthSmoothed;
        final float[] effectOf = h.wealthEffect;
        final float[] consumptionOf = h.consumption;
        final byte[] flagsOf = h.flags;
        for (int i = from; i < to; i++) {
            int f = flagsOf[i];
            long draw = CounterRandom.draw53(jobs, i);
            if ((f & HouseholdArrays.EMPLOYED) != 0) {
                if (draw < fireBelow) {
                    f &= ~HouseholdArrays.EMPLOYED;
                }
            } else if (draw < hireBelow) {
                f |= HouseholdArrays.EMPLOYED;
            }
            boolean employed = (f & HouseholdArrays.EMPLOYED) != 0;
            double wageNow = wageOf[i] * wageIndex;
            double labour = employed ? wageNow : benefit * wageNow;
            double tax = tax(taxRate, labour);
            double s = shareOf[i];
            double dep = depositsOf[i] + s * residual;
            double owed = debtOf[i];
            double cardInterest = owed * rate;
            double disposable = labour + transfer - tax + s * capitalIncome;
            double wealth = dep - owed + s * portfolio;
            double smoothed0 = smoothedOf[i];
            double smoothed = smoothed0 + (wealth - smoothed0) * lagWeight;
            // the wealth effect of this month's change of smoothed wealth, a loss weighing lossWeight, a gain gainWeight,
            // added to what is left of earlier changes' effects (which fade as households get used to their wealth)
            double change = smoothed - smoothed0;
            double effect0 = effectOf[i];
            double wealthEffect = effect0 - effect0 * referenceWeight
                    + change * (change < 0 ? lossWeight : gainWeight);
            double floor = spendingFloor * (labour + transfer);
            double desired = propensity * disposable + wealthSpendingPerMonth * nonNegative(smoothed) + wealthEffect;
            // at least the floor; a NaN desire stays NaN (the books check then stops the run)
            double spend = less(desired, floor) ? floor : desired;
            dep += labour + transfer - tax - cardInterest - spend;
            double limit = limitMonths * wageNow;
            // borrowing, a spending cut, repayment: each amount is 0 where it does not apply and is always added,
            // so the vector kernel needs no blend of the balances. A household that borrowed ends with deposits
            // of at most 0, never above its income, so it does not also repay.
            double borrowed = signBit(dep) ? smaller(-dep, nonNegative(limit - owed)) : 0;
            owed += borrowed;
            dep += borrowed;
            double cut = signBit(dep) ? smaller(-dep, spend) : 0;
            spend -= cut;
            dep += cut;
            double repaid = less(0.0, owed) && less(labour + transfer, dep)
                    ? smaller(owed, repayShare * (dep - labour - transfer)) : 0;
            owed -= repaid;
            dep -= repaid;
            boolean delinquent = less(0.0, owed) && (less(delinquencyShare * (labour + transfer), cardInterest)
                    || (!employed && !less(0.0, dep) && !less(owed, limitUsed * limit)));
            double delinquentOwed = delinquent ? owed : 0;
            double chargedOff = chargeOffRate * delinquentOwed;
            owed -= chargedOff;
            f = delinquent ? f | HouseholdArrays.DELINQUENT : f & ~HouseholdArrays.DELINQUENT;
            if (CounterRandom.draw53(reviews, i) < reviewBelow) {
                f = CounterRandom.draw53(choices, i) < trendBelow ? f | HouseholdArrays.TREND
                        : f & ~HouseholdArrays.TREND;
            }
            depositsOf[i] = dep;
            debtOf[i] = owed;
            smoothedOf[i] = (float) smoothed;
            effectOf[i] = (float) wealthEffect;
            consumptionOf[i] = (float) spend;
            flagsOf[i] = (byte) f;
            int lane = i & (LaneSums.LANES - 1);
            lanes[LaneSums.SPEND * LaneSums.LANES + lane] += spend;
            double wages = employed ? labour : 0;
            lanes[LaneSums.WAGES * LaneSums.LANES + lane] += wages;
            lanes[LaneSums.BENEFITS * LaneSums.LANES + lane] += labour - wages;
            lanes[LaneSums.CARD_INTEREST * LaneSums.LANES + lane] += cardInterest;
            lanes[LaneSums.BORROWED * LaneSums.LANES + lane] += borrowed;
            lanes[LaneSums.REPAID * LaneSums.LANES + lane] += repaid;
            lanes[LaneSums.CHARGED_OFF * LaneSums.LANES + lane] += chargedOff;
            lanes[LaneSums.EMPLOYED * LaneSums.LANES + lane] += employed ? 1 : 0;
            lanes[LaneSums.DELINQUENT_DEBT * LaneSums.LANES + lane] += delinquentOwed - chargedOff;
            lanes[LaneSums.DEBT * LaneSums.LANES + lane] += owed;
            lanes[LaneSums.DEPOSITS * LaneSums.LANES + lane] += dep;
            if (investing) {
                lanes[LaneSums.INVESTING_WEALTH * LaneSums.LANES + lane] += nonNegative(dep - owed + s * portfolio);
                lanes[LaneSums.TREND * LaneSums.LANES + lane] += (f & HouseholdArrays.TREND) != 0 ? 1 : 0;
            }
        }
    }

    /**
     * The income tax, the one definition the per-household tax and the group's tax total ({@link MonthKernel})
     * share.
     *
     * @param taxRate the tax rate
     * @param income  taxable income (wages and benefits), USD
     * @return the tax, USD
     */
    static double tax(double taxRate, double income) {
        return taxRate * income;
    }

    /**
     * {@code a < b} as the sign bit of {@code a - b}: the same for finite values (the difference of equal values
     * is +0.0), except that -0.0 counts as less than +0.0; for infinities and NaN it is whatever sign the
     * difference has. The vector kernel decides every comparison this way, with integer operations on the bits,
     * so both kernels share this definition.
     *
     * @param a the left side
     * @param b the right side
     * @return whether {@code a - b} has its sign bit set
     */
    static boolean less(double a, double b) {
        return signBit(a - b);
    }

    /**
     * @param x a value
     * @return whether its sign bit is set (negative, -0.0 or a NaN with the bit)
     */
    static boolean signBit(double x) {
        return Double.doubleToRawLongBits(x) < 0;
    }

    /**
     * {@code max(0, x)}: +0.0 where the sign bit of {@code x} is set, else {@code x}.
     *
     * @param x a value
     * @return {@code x}, or +0.0 where its sign bit is set
     */
    static double nonNegative(double x) {
        return signBit(x) ? 0.0 : x;
    }

    /**
     * {@code min(a, b)} on {@link #less}.
     *
     * @param a one value
     * @param b the other
     * @return {@code a} where {@code less(a, b)}, else {@code b}
     */
    static double smaller(double a, double b) {
        return less(a, b) ? a : b;
    }
}
