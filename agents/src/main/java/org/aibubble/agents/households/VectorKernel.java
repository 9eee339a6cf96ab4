package org.aibubble.agents.households;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import org.aibubble.agents.parallel.QuasiRandom;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The household month on SIMD vectors of 8 (512-bit) or 4 (256-bit) doubles, through the incubating Vector API
 * of JDK 17 ({@code --add-modules jdk.incubator.vector}). Bit-identical to {@link ScalarKernel}: the same
 * expressions in the same order, lane-wise, with no fused multiply-add; every branch is replaced by a blend; the
 * totals go into the same partial sums at lane {@code i % 8} ({@link LaneSums}; with 4 lanes two sets of
 * accumulators alternate). Only {@link KernelChoice} decides to load this class, and only when the module is
 * in the boot layer.
 *
 * <p>Why the loop reads as it does (each point was measured; breaking one silently makes the loop allocate and
 * run 1.5 to 3 times slower): no call to a method of our own inside the loop (the body is too big for C2 to
 * inline a call that is not {@code @ForceInline}, and every vector crossing the call is boxed); no branch
 * inside the loop, not even a loop-invariant one or an {@code anyTrue()} around the rare borrowing code (the
 * merged vectors are boxed); the draw bits are recomputed from the index, not carried across iterations; masks
 * change type by {@code VectorMask.cast}, never by a long/double conversion (D2L is not intrinsified in JDK 17,
 * L2D needs AVX-512DQ).
 */
final class VectorKernel {
    private static final VectorSpecies<Double> DS =
            DoubleVector.SPECIES_PREFERRED.length() >= LaneSums.LANES ? DoubleVector.SPECIES_512 : DoubleVector.SPECIES_256;
    private static final int L = DS.length();
    private static final VectorSpecies<Long> LS = VectorSpecies.of(long.class, DS.vectorShape());
    private static final VectorSpecies<Float> FS =
            VectorSpecies.of(float.class, VectorShape.forBitSize(DS.vectorBitSize() / 2));
    /** Flags of 8 households as bytes (only for 8 lanes: there is no 32-bit vector shape). */
    private static final VectorSpecies<Byte> BS = ByteVector.SPECIES_64;
    /** Flags of 4 households read and written as one int (for 4 lanes). */
    private static final VarHandle FOUR_FLAGS =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final LongVector IOTA = LongVector.zero(LS).addIndex(1);
    private static final LongVector BYTE_SHIFTS = LongVector.zero(LS).addIndex(Byte.SIZE);
    private static final double TWO_52 = 0x1.0p52;
    private static final long TWO_52_BITS = Double.doubleToRawLongBits(TWO_52);
    /** Bits of a draw below the 53 it keeps ({@link QuasiRandom#draw53}). */
    private static final int DRAW_SHIFT = 11;

    private VectorKernel() {
    }

    /** @return whether the hardware has vectors of at least 4 doubles (else the Vector API would run slow Java code) */
    static boolean usable() {
        return DoubleVector.SPECIES_PREFERRED.length() >= 4;
    }

    /** @return the number of doubles per vector this kernel uses (4 or 8) */
    static int lanes() {
        return L;
    }

    /**
     * Runs the month for households {@code [from, to)} of one group, like {@link ScalarKernel#range}.
     *
     * @param c     the group's constants for the month
     * @param h     the households
     * @param from  the first household, a multiple of {@link LaneSums#LANES}
     * @param to    one past the last household; {@code to - from} is a multiple of {@link LaneSums#LANES}
     * @param lanes the partial sums ({@link LaneSums#SIZE} doubles), added to
     */
    // One long method on purpose: see the class comment (no helper calls, no branches in the loop).
    static void range(GroupMonth c, HouseholdArrays h, int from, int to, double[] lanes) {
        final double price = c.price;
        final double benefit = c.benefit;
        final double transfer = c.transfer;
        final double taxRate = c.taxRate;
        final double residual = c.residual;
        final double capitalIncome = c.capitalIncome;
        final double portfolio = c.portfolio;
        final double rate = c.cardRate;
        final double lagWeight = c.lagWeight;
        final double referenceWeight = c.referenceWeight;
        final double wealthEffectPerMonth = c.wealthEffectPerMonth;
        final double wealthSpendingPerMonth = c.wealthSpendingPerMonth;
        final double propensity = c.propensity;
        final double limitMonths = c.limitMonths;
        final double repayShare = c.repayShare;
        final double delinquencyShare = c.delinquencyShare;
        final double chargeOffRate = c.chargeOffRate;
        final long reviewBelow = c.reviewBelow;
        final long trendBelow = c.trendBelow;
        final long jobs = c.jobOffset;
        final long reviews = c.reviewOffset;
        final long choices = c.choiceOffset;
        final double[] depositsOf = h.deposits;
        final double[] debtOf = h.debt;
        final float[] wageOf = h.wage;
        final float[] shareOf = h.share;
        final float[] smoothedOf = h.wealthSmoothed;
        final float[] referenceOf = h.wealthReference;
        final float[] consumptionOf = h.consumption;
        final byte[] flagsOf = h.flags;

        final DoubleVector zero = DoubleVector.zero(DS);
        final DoubleVector one = DoubleVector.broadcast(DS, 1.0);
        final long oneBits = Double.doubleToRawLongBits(1.0);
        final long oneXorLoss = oneBits ^ Double.doubleToRawLongBits(c.lossAversion);
        final LongVector fireBelow = LongVector.broadcast(LS, c.fireBelow);
        final LongVector hireBelow = LongVector.broadcast(LS, c.hireBelow);
        final LongVector zeroL = LongVector.zero(LS);
        final LongVector delinquentBit = LongVector.broadcast(LS, HouseholdArrays.DELINQUENT);
        final LongVector trendBit = LongVector.broadcast(LS, HouseholdArrays.TREND);
        final VectorMask<Double> notInvesting = DS.maskAll(!c.investing);
        final long trendCounted = c.investing ? HouseholdArrays.TREND : 0;
        final LongVector jobLanes = IOTA.mul(QuasiRandom.JOB);
        final LongVector reviewLanes = IOTA.mul(QuasiRandom.REVIEW);
        final LongVector choiceLanes = IOTA.mul(QuasiRandom.CHOICE);

        // a*: the partial sums of lanes (i % 8) of the current vector; with 4 lanes, b* hold the other half
        final int n = LaneSums.LANES;
        DoubleVector a0 = DoubleVector.fromArray(DS, lanes, 0);
        DoubleVector a1 = DoubleVector.fromArray(DS, lanes, n);
        DoubleVector a2 = DoubleVector.fromArray(DS, lanes, 2 * n);
        DoubleVector a3 = DoubleVector.fromArray(DS, lanes, 3 * n);
        DoubleVector a4 = DoubleVector.fromArray(DS, lanes, 4 * n);
        DoubleVector a5 = DoubleVector.fromArray(DS, lanes, 5 * n);
        DoubleVector a6 = DoubleVector.fromArray(DS, lanes, 6 * n);
        DoubleVector a8 = DoubleVector.fromArray(DS, lanes, 8 * n);
        DoubleVector a9 = DoubleVector.fromArray(DS, lanes, 9 * n);
        DoubleVector a10 = DoubleVector.fromArray(DS, lanes, 10 * n);
        DoubleVector a12 = DoubleVector.fromArray(DS, lanes, 12 * n);
        final int half = L == n ? 0 : L;
        DoubleVector b0 = DoubleVector.fromArray(DS, lanes, half);
        DoubleVector b1 = DoubleVector.fromArray(DS, lanes, n + half);
        DoubleVector b2 = DoubleVector.fromArray(DS, lanes, 2 * n + half);
        DoubleVector b3 = DoubleVector.fromArray(DS, lanes, 3 * n + half);
        DoubleVector b4 = DoubleVector.fromArray(DS, lanes, 4 * n + half);
        DoubleVector b5 = DoubleVector.fromArray(DS, lanes, 5 * n + half);
        DoubleVector b6 = DoubleVector.fromArray(DS, lanes, 6 * n + half);
        DoubleVector b8 = DoubleVector.fromArray(DS, lanes, 8 * n + half);
        DoubleVector b9 = DoubleVector.fromArray(DS, lanes, 9 * n + half);
        DoubleVector b10 = DoubleVector.fromArray(DS, lanes, 10 * n + half);
        DoubleVector b12 = DoubleVector.fromArray(DS, lanes, 12 * n + half);
        LongVector counts = zeroL;
        LongVector countsB = zeroL;

        for (int i = from; i < to; i += L) {
            // ---- flags in, job loss or hiring
            LongVector fl;
            if (L == n) {
                fl = (LongVector) ByteVector.fromArray(BS, flagsOf, i).convertShape(VectorOperators.B2L, LS, 0);
            } else {
                long four = ((int) FOUR_FLAGS.get(flagsOf, i)) & 0xFFFF_FFFFL;
                fl = LongVector.broadcast(LS, four).lanewise(VectorOperators.LSHR, BYTE_SHIFTS).and(0xFF);
            }
            LongVector jobBits = jobLanes.add(jobs + i * QuasiRandom.JOB);
            VectorMask<Long> wasEmployed = fl.and(HouseholdArrays.EMPLOYED).compare(VectorOperators.NE, 0);
            VectorMask<Long> flip = jobBits.lanewise(VectorOperators.LSHR, DRAW_SHIFT)
                    .compare(VectorOperators.LT, hireBelow.blend(fireBelow, wasEmployed));
            fl = fl.lanewise(VectorOperators.XOR, HouseholdArrays.EMPLOYED, flip);
            // without a job after the draw: the draw did not flip it to employed, or flipped it away
            VectorMask<Double> jobless = wasEmployed.eq(flip).cast(DS);

            // ---- income, wealth, spending
            DoubleVector wageNow = ((DoubleVector) FloatVector.fromArray(FS, wageOf, i)
                    .convertShape(VectorOperators.F2D, DS, 0)).mul(price);
            DoubleVector labour = wageNow.blend(wageNow.mul(benefit), jobless);
            DoubleVector tax = labour.mul(taxRate);
            DoubleVector s = (DoubleVector) FloatVector.fromArray(FS, shareOf, i).convertShape(VectorOperators.F2D, DS, 0);
            DoubleVector dep = DoubleVector.fromArray(DS, depositsOf, i).add(s.mul(residual));
            DoubleVector owed = DoubleVector.fromArray(DS, debtOf, i);
            DoubleVector cardInterest = owed.mul(rate);
            DoubleVector lt = labour.add(transfer);
            DoubleVector ltMinusTax = lt.sub(tax);
            DoubleVector disposable = ltMinusTax.add(s.mul(capitalIncome));
            DoubleVector wealth = dep.sub(owed).add(s.mul(portfolio));
            DoubleVector smoothed0 = (DoubleVector) FloatVector.fromArray(FS, smoothedOf, i)
                    .convertShape(VectorOperators.F2D, DS, 0);
            DoubleVector smoothed = smoothed0.add(wealth.sub(smoothed0).mul(lagWeight));
            DoubleVector reference0 = (DoubleVector) FloatVector.fromArray(FS, referenceOf, i)
                    .convertShape(VectorOperators.F2D, DS, 0);
            DoubleVector reference = reference0.add(smoothed.sub(reference0).mul(referenceWeight));
            DoubleVector gap = smoothed.sub(reference);
            // the factor is lossAversion where gap has its sign bit set, else 1: the same as gap < 0 for every gap
            // (a gap of -0.0 or NaN gives the same product either way), chosen with integer operations
            LongVector gapSign = gap.reinterpretAsLongs().lanewise(VectorOperators.ASHR, 63);
            DoubleVector wealthEffect = gap.mul(wealthEffectPerMonth)
                    .mul(gapSign.and(oneXorLoss).lanewise(VectorOperators.XOR, oneBits).reinterpretAsDoubles());
            // Math.max(0, x) as a blend, exact for every x (NaN stays NaN, -0.0 gives +0.0)
            DoubleVector smoothedPos = smoothed.blend(0.0, smoothed.compare(VectorOperators.LE, 0.0));
            DoubleVector floor = lt.mul(ScalarKernel.SPENDING_FLOOR);
            DoubleVector desired = disposable.mul(propensity).add(smoothedPos.mul(wealthSpendingPerMonth)).add(wealthEffect);
            DoubleVector spend = desired.blend(floor, desired.compare(VectorOperators.LT, floor));
            dep = dep.add(ltMinusTax.sub(cardInterest).sub(spend));
            DoubleVector limit = wageNow.mul(limitMonths);

            // ---- borrowing where deposits went negative, a spending cut, repayment: as in ScalarKernel each
            // amount is 0 where it does not apply. min(a, b) is written as a blend, which is exact here: a (-dep,
            // the shortfall, owed) is never zero or NaN in the lanes that use it, and an unordered compare picks
            // b (NaN) as Math.min does
            DoubleVector room = limit.sub(owed);
            room = room.blend(0.0, room.compare(VectorOperators.LE, 0.0));
            DoubleVector debit = dep.neg();
            DoubleVector borrowed = zero.blend(room.blend(debit, debit.compare(VectorOperators.LT, room)),
                    dep.compare(VectorOperators.LT, 0.0));
            owed = owed.add(borrowed);
            dep = dep.add(borrowed);
            DoubleVector shortfall = dep.neg();
            DoubleVector cut = zero.blend(spend.blend(shortfall, shortfall.compare(VectorOperators.LT, spend)),
                    dep.compare(VectorOperators.LT, 0.0));
            spend = spend.sub(cut);
            dep = dep.add(cut);
            DoubleVector surplusShare = dep.sub(labour).sub(transfer).mul(repayShare);
            DoubleVector repaid = zero.blend(surplusShare.blend(owed, owed.compare(VectorOperators.LT, surplusShare)),
                    owed.compare(VectorOperators.GT, 0.0).and(dep.compare(VectorOperators.GT, lt)));
            owed = owed.sub(repaid);
            dep = dep.sub(repaid);

            // ---- delinquency, charge-off, forecasting rule
            VectorMask<Double> delinquent = owed.compare(VectorOperators.GT, 0.0)
                    .and(cardInterest.compare(VectorOperators.GT, lt.mul(delinquencyShare))
                            .or(jobless.and(dep.compare(VectorOperators.LE, 0.0))
                                    .and(owed.compare(VectorOperators.GE, limit.mul(ScalarKernel.LIMIT_USED)))));
            DoubleVector delinquentOwed = zero.blend(owed, delinquent);
            DoubleVector chargedOff = delinquentOwed.mul(chargeOffRate);
            owed = owed.sub(chargedOff);
            fl = fl.and(~HouseholdArrays.DELINQUENT).or(zeroL.blend(delinquentBit, delinquent.cast(LS)));
            LongVector reviewBits = reviewLanes.add(reviews + i * QuasiRandom.REVIEW);
            LongVector choiceBits = choiceLanes.add(choices + i * QuasiRandom.CHOICE);
            VectorMask<Long> reviewing = reviewBits.lanewise(VectorOperators.LSHR, DRAW_SHIFT)
                    .compare(VectorOperators.LT, reviewBelow);
            VectorMask<Long> choosesTrend = choiceBits.lanewise(VectorOperators.LSHR, DRAW_SHIFT)
                    .compare(VectorOperators.LT, trendBelow);
            fl = fl.blend(fl.and(~HouseholdArrays.TREND).or(zeroL.blend(trendBit, choosesTrend)), reviewing);

            // ---- stores
            dep.intoArray(depositsOf, i);
            owed.intoArray(debtOf, i);
            ((FloatVector) smoothed.convertShape(VectorOperators.D2F, FS, 0)).intoArray(smoothedOf, i);
            ((FloatVector) reference.convertShape(VectorOperators.D2F, FS, 0)).intoArray(referenceOf, i);
            ((FloatVector) spend.convertShape(VectorOperators.D2F, FS, 0)).intoArray(consumptionOf, i);
            if (L == n) {
                ((ByteVector) fl.convertShape(VectorOperators.L2B, BS, 0)).intoArray(flagsOf, i);
            } else {
                FOUR_FLAGS.set(flagsOf, i,
                        (int) fl.lanewise(VectorOperators.LSHL, BYTE_SHIFTS).reduceLanes(VectorOperators.OR));
            }

            // ---- totals
            DoubleVector positive = dep.sub(owed).add(s.mul(portfolio));
            positive = positive.blend(0.0, positive.compare(VectorOperators.LE, 0.0).or(notInvesting));
            DoubleVector wages = labour.blend(zero, jobless);
            a0 = a0.add(spend);
            a1 = a1.add(wages);
            a2 = a2.add(labour.sub(wages));
            a3 = a3.add(cardInterest);
            a4 = a4.add(borrowed);
            a5 = a5.add(repaid);
            a6 = a6.add(chargedOff);
            a8 = a8.add(delinquentOwed.sub(chargedOff));
            a9 = a9.add(owed);
            a10 = a10.add(dep);
            a12 = a12.add(positive);
            // employed in bits 0..31, trend followers of investing groups in bits 32..63 (TREND << 31)
            counts = counts.add(fl.and(HouseholdArrays.EMPLOYED)).add(fl.and(trendCounted).lanewise(VectorOperators.LSHL, 31));
            if (L != n) {
                DoubleVector t;
                t = a0; a0 = b0; b0 = t;
                t = a1; a1 = b1; b1 = t;
                t = a2; a2 = b2; b2 = t;
                t = a3; a3 = b3; b3 = t;
                t = a4; a4 = b4; b4 = t;
                t = a5; a5 = b5; b5 = t;
                t = a6; a6 = b6; b6 = t;
                t = a8; a8 = b8; b8 = t;
                t = a9; a9 = b9; b9 = t;
                t = a10; a10 = b10; b10 = t;
                t = a12; a12 = b12; b12 = t;
                LongVector u = counts;
                counts = countsB;
                countsB = u;
            }
        }
        // to - from is a multiple of 8, so with 4 lanes the a* hold lanes 0..3 again
        a0.intoArray(lanes, 0);
        a1.intoArray(lanes, n);
        a2.intoArray(lanes, 2 * n);
        a3.intoArray(lanes, 3 * n);
        a4.intoArray(lanes, 4 * n);
        a5.intoArray(lanes, 5 * n);
        a6.intoArray(lanes, 6 * n);
        // the counts are exact integers under 2^32 per lane, and so are the partial sums they join, so this is
        // what adding 1.0 per household gives; 2^52 + k has k in its low bits (no long-to-double conversion)
        int employedAt = LaneSums.EMPLOYED * n;
        int trendAt = LaneSums.TREND * n;
        DoubleVector.fromArray(DS, lanes, employedAt)
                .add(counts.and(0xFFFF_FFFFL).or(TWO_52_BITS).reinterpretAsDoubles().sub(TWO_52))
                .intoArray(lanes, employedAt);
        DoubleVector.fromArray(DS, lanes, trendAt)
                .add(counts.lanewise(VectorOperators.LSHR, 32).or(TWO_52_BITS).reinterpretAsDoubles().sub(TWO_52))
                .intoArray(lanes, trendAt);
        a8.intoArray(lanes, 8 * n);
        a9.intoArray(lanes, 9 * n);
        a10.intoArray(lanes, 10 * n);
        a12.intoArray(lanes, 12 * n);
        if (L != n) {
            b0.intoArray(lanes, half);
            b1.intoArray(lanes, n + half);
            b2.intoArray(lanes, 2 * n + half);
            b3.intoArray(lanes, 3 * n + half);
            b4.intoArray(lanes, 4 * n + half);
            b5.intoArray(lanes, 5 * n + half);
            b6.intoArray(lanes, 6 * n + half);
            DoubleVector.fromArray(DS, lanes, employedAt + half)
                    .add(countsB.and(0xFFFF_FFFFL).or(TWO_52_BITS).reinterpretAsDoubles().sub(TWO_52))
                    .intoArray(lanes, employedAt + half);
            DoubleVector.fromArray(DS, lanes, trendAt + half)
                    .add(countsB.lanewise(VectorOperators.LSHR, 32).or(TWO_52_BITS).reinterpretAsDoubles().sub(TWO_52))
                    .intoArray(lanes, trendAt + half);
            b8.intoArray(lanes, 8 * n + half);
            b9.intoArray(lanes, 9 * n + half);
            b10.intoArray(lanes, 10 * n + half);
            b12.intoArray(lanes, 12 * n + half);
        }
    }
}
