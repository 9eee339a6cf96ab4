package org.aibubble.agents.households;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import org.aibubble.agents.parallel.QuasiRandom;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The household month on SIMD vectors of 8 (512-bit) or 4 (256-bit) doubles, through the incubating Vector API
 * of JDK 17 ({@code --add-modules jdk.incubator.vector}). Bit-identical to {@link ScalarKernel}: the same
 * expressions in the same order, lane-wise, with no fused multiply-add; every branch is replaced by a select; the
 * totals go into the same partial sums at lane {@code i % 8} ({@link LaneSums}; with 4 lanes two sets of
 * accumulators alternate). Only {@link KernelChoice} decides to load this class, and only when the module is
 * in the boot layer.
 *
 * <p>No {@code VectorMask} in the loop: JDK 17 keeps masks in vector registers and moves each one through an
 * AVX-512 mask register at every compare and every blend (JDK 25 does not). Every condition is instead a long
 * lane of all ones or all zeros, the sign bit of a difference spread by an arithmetic shift ({@code a < b} is the
 * sign of {@code a - b}, as {@link ScalarKernel#less} defines it for both kernels), and every select is AND, OR,
 * XOR or ANDNOT on the bits; this made the loop about 20% faster on JDK 17.
 *
 * <p>Why the loop reads as it does (each point was measured; breaking one silently makes the loop allocate and
 * run 1.5 to 10 times slower): no call to a method of our own inside the loop (the body is too big for C2 to
 * inline a call that is not {@code @ForceInline}, and every vector crossing the call is boxed); no branch
 * inside the loop, not even a loop-invariant one or an {@code anyTrue()} around the rare borrowing code (the
 * merged vectors are boxed); the draw bits are recomputed from the index, not carried across iterations; every
 * vector operation is called as {@code lanewise(op, ...)} from this method, not through {@code add}, {@code neg}
 * and the like: C2 inlines the operation only where it has a profile of the receiver's class, and the shared
 * profile inside those JDK methods was sometimes empty when this method was compiled, which left virtual calls
 * and boxing in about half of the runs; bits change type by {@code reinterpretShape} with the constant
 * species, not {@code reinterpretAsLongs} (whose species lookup sometimes did not fold), and never by a
 * long/double conversion (D2L is not intrinsified in JDK 17, L2D needs AVX-512DQ).
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
        final long oneBits = Double.doubleToRawLongBits(1.0);
        final long oneXorLoss = oneBits ^ Double.doubleToRawLongBits(c.lossAversion);
        final long benefitBits = Double.doubleToRawLongBits(c.benefit);
        final long oneXorBenefit = oneBits ^ benefitBits;
        final LongVector hireBelow = LongVector.broadcast(LS, c.hireBelow);
        final LongVector hireXorFire = LongVector.broadcast(LS, c.hireBelow ^ c.fireBelow);
        final LongVector zeroL = LongVector.zero(LS);
        final long investingBits = c.investing ? -1L : 0L;
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
                fl = LongVector.broadcast(LS, four).lanewise(VectorOperators.LSHR, BYTE_SHIFTS).lanewise(VectorOperators.AND, 0xFF);
            }
            // every condition below is a lane mask of all ones or all zeros in a long, the sign bit of a difference
            // spread by ASHR 63 (a < b is the sign of a - b), and every select is AND, OR, XOR or ANDNOT on the bits
            LongVector jobBits = jobLanes.lanewise(VectorOperators.ADD, jobs + i * QuasiRandom.JOB);
            // EMPLOYED is bit 0: moved to the sign and spread
            LongVector wasEmployed = fl.lanewise(VectorOperators.LSHL, 63).lanewise(VectorOperators.ASHR, 63);
            LongVector jobBelow = hireBelow.lanewise(VectorOperators.XOR, hireXorFire.lanewise(VectorOperators.AND, wasEmployed));
            LongVector flip = jobBits.lanewise(VectorOperators.LSHR, DRAW_SHIFT).lanewise(VectorOperators.SUB, jobBelow)
                    .lanewise(VectorOperators.ASHR, 63);
            fl = fl.lanewise(VectorOperators.XOR, flip.lanewise(VectorOperators.AND, HouseholdArrays.EMPLOYED));
            // with a job after the draw: had one and the draw did not flip it, or had none and the draw flipped it
            LongVector employed = wasEmployed.lanewise(VectorOperators.XOR, flip);

            // ---- income, wealth, spending
            DoubleVector wageNow = ((DoubleVector) FloatVector.fromArray(FS, wageOf, i)
                    .convertShape(VectorOperators.F2D, DS, 0)).lanewise(VectorOperators.MUL, price);
            // times 1.0 (exact) with a job, times benefit without
            DoubleVector labour = wageNow.lanewise(VectorOperators.MUL, (DoubleVector) employed.lanewise(VectorOperators.AND, oneXorBenefit)
                    .lanewise(VectorOperators.XOR, benefitBits).reinterpretShape(DS, 0));
            DoubleVector tax = labour.lanewise(VectorOperators.MUL, taxRate);
            DoubleVector s = (DoubleVector) FloatVector.fromArray(FS, shareOf, i).convertShape(VectorOperators.F2D, DS, 0);
            DoubleVector dep = DoubleVector.fromArray(DS, depositsOf, i).lanewise(VectorOperators.ADD, s.lanewise(VectorOperators.MUL, residual));
            DoubleVector owed = DoubleVector.fromArray(DS, debtOf, i);
            DoubleVector cardInterest = owed.lanewise(VectorOperators.MUL, rate);
            DoubleVector lt = labour.lanewise(VectorOperators.ADD, transfer);
            DoubleVector ltMinusTax = lt.lanewise(VectorOperators.SUB, tax);
            DoubleVector disposable = ltMinusTax.lanewise(VectorOperators.ADD, s.lanewise(VectorOperators.MUL, capitalIncome));
            DoubleVector wealth = dep.lanewise(VectorOperators.SUB, owed).lanewise(VectorOperators.ADD, s.lanewise(VectorOperators.MUL, portfolio));
            DoubleVector smoothed0 = (DoubleVector) FloatVector.fromArray(FS, smoothedOf, i)
                    .convertShape(VectorOperators.F2D, DS, 0);
            DoubleVector smoothed = smoothed0.lanewise(VectorOperators.ADD, wealth.lanewise(VectorOperators.SUB, smoothed0).lanewise(VectorOperators.MUL, lagWeight));
            DoubleVector reference0 = (DoubleVector) FloatVector.fromArray(FS, referenceOf, i)
                    .convertShape(VectorOperators.F2D, DS, 0);
            DoubleVector reference = reference0.lanewise(VectorOperators.ADD, smoothed.lanewise(VectorOperators.SUB, reference0).lanewise(VectorOperators.MUL, referenceWeight));
            DoubleVector gap = smoothed.lanewise(VectorOperators.SUB, reference);
            // the factor is lossAversion where gap has its sign bit set, else 1: the same as gap < 0 for every gap
            // (a gap of -0.0 or NaN gives the same product either way), chosen with integer operations
            LongVector gapSign = ((LongVector) gap.reinterpretShape(LS, 0)).lanewise(VectorOperators.ASHR, 63);
            DoubleVector wealthEffect = gap.lanewise(VectorOperators.MUL, wealthEffectPerMonth)
                    .lanewise(VectorOperators.MUL, (DoubleVector) gapSign.lanewise(VectorOperators.AND, oneXorLoss).lanewise(VectorOperators.XOR, oneBits).reinterpretShape(DS, 0));
            // ScalarKernel.nonNegative: +0.0 where the sign bit is set
            LongVector smoothedBits = (LongVector) smoothed.reinterpretShape(LS, 0);
            DoubleVector smoothedPos = (DoubleVector) smoothedBits
                    .lanewise(VectorOperators.AND_NOT, smoothedBits.lanewise(VectorOperators.ASHR, 63))
                    .reinterpretShape(DS, 0);
            DoubleVector floor = lt.lanewise(VectorOperators.MUL, ScalarKernel.SPENDING_FLOOR);
            DoubleVector desired = disposable.lanewise(VectorOperators.MUL, propensity).lanewise(VectorOperators.ADD, smoothedPos.lanewise(VectorOperators.MUL, wealthSpendingPerMonth)).lanewise(VectorOperators.ADD, wealthEffect);
            LongVector desiredBits = (LongVector) desired.reinterpretShape(LS, 0);
            LongVector underFloor = ((LongVector) desired.lanewise(VectorOperators.SUB, floor).reinterpretShape(LS, 0))
                    .lanewise(VectorOperators.ASHR, 63);
            DoubleVector spend = (DoubleVector) desiredBits.lanewise(VectorOperators.XOR,
                    desiredBits.lanewise(VectorOperators.XOR, floor.reinterpretShape(LS, 0)).lanewise(VectorOperators.AND, underFloor))
                    .reinterpretShape(DS, 0);
            dep = dep.lanewise(VectorOperators.ADD, ltMinusTax.lanewise(VectorOperators.SUB, cardInterest).lanewise(VectorOperators.SUB, spend));
            DoubleVector limit = wageNow.lanewise(VectorOperators.MUL, limitMonths);

            // ---- borrowing where deposits went negative, a spending cut, repayment: as in ScalarKernel each
            // amount is 0 where it does not apply, and min(a, b) is "a where a - b has its sign bit set, else b"
            LongVector roomBits = (LongVector) limit.lanewise(VectorOperators.SUB, owed).reinterpretShape(LS, 0);
            roomBits = roomBits.lanewise(VectorOperators.AND_NOT, roomBits.lanewise(VectorOperators.ASHR, 63));
            DoubleVector debit = (DoubleVector) dep.reinterpretShape(LS, 0).lanewise(VectorOperators.XOR, Long.MIN_VALUE)
                    .reinterpretShape(DS, 0);
            LongVector debitFirst = ((LongVector) debit.lanewise(VectorOperators.SUB, (DoubleVector) roomBits.reinterpretShape(DS, 0))
                    .reinterpretShape(LS, 0)).lanewise(VectorOperators.ASHR, 63);
            DoubleVector borrowed = (DoubleVector) roomBits.lanewise(VectorOperators.XOR,
                    roomBits.lanewise(VectorOperators.XOR, debit.reinterpretShape(LS, 0)).lanewise(VectorOperators.AND, debitFirst))
                    .lanewise(VectorOperators.AND, dep.reinterpretShape(LS, 0).lanewise(VectorOperators.ASHR, 63)).reinterpretShape(DS, 0);
            owed = owed.lanewise(VectorOperators.ADD, borrowed);
            dep = dep.lanewise(VectorOperators.ADD, borrowed);
            DoubleVector shortfall = (DoubleVector) dep.reinterpretShape(LS, 0).lanewise(VectorOperators.XOR, Long.MIN_VALUE)
                    .reinterpretShape(DS, 0);
            LongVector spendBits = (LongVector) spend.reinterpretShape(LS, 0);
            LongVector shortfallFirst = ((LongVector) shortfall.lanewise(VectorOperators.SUB, spend).reinterpretShape(LS, 0))
                    .lanewise(VectorOperators.ASHR, 63);
            DoubleVector cut = (DoubleVector) spendBits.lanewise(VectorOperators.XOR,
                    spendBits.lanewise(VectorOperators.XOR, shortfall.reinterpretShape(LS, 0)).lanewise(VectorOperators.AND, shortfallFirst))
                    .lanewise(VectorOperators.AND, dep.reinterpretShape(LS, 0).lanewise(VectorOperators.ASHR, 63)).reinterpretShape(DS, 0);
            spend = spend.lanewise(VectorOperators.SUB, cut);
            dep = dep.lanewise(VectorOperators.ADD, cut);
            DoubleVector surplusShare = dep.lanewise(VectorOperators.SUB, labour).lanewise(VectorOperators.SUB, transfer).lanewise(VectorOperators.MUL, repayShare);
            LongVector surplusBits = (LongVector) surplusShare.reinterpretShape(LS, 0);
            LongVector owedFirst = ((LongVector) owed.lanewise(VectorOperators.SUB, surplusShare).reinterpretShape(LS, 0))
                    .lanewise(VectorOperators.ASHR, 63);
            // 0 < owed and lt < dep: both signs set
            LongVector repaying = ((LongVector) zero.lanewise(VectorOperators.SUB, owed).reinterpretShape(LS, 0)).lanewise(VectorOperators.AND, lt.lanewise(VectorOperators.SUB, dep).reinterpretShape(LS, 0))
                    .lanewise(VectorOperators.ASHR, 63);
            DoubleVector repaid = (DoubleVector) surplusBits.lanewise(VectorOperators.XOR,
                    surplusBits.lanewise(VectorOperators.XOR, owed.reinterpretShape(LS, 0)).lanewise(VectorOperators.AND, owedFirst))
                    .lanewise(VectorOperators.AND, repaying).reinterpretShape(DS, 0);
            owed = owed.lanewise(VectorOperators.SUB, repaid);
            dep = dep.lanewise(VectorOperators.SUB, repaid);

            // ---- delinquency, charge-off, forecasting rule: 0 < owed and (delinquencyShare * lt < cardInterest
            // or (without a job and not 0 < dep and not owed < LIMIT_USED * limit)), on the sign bits
            LongVector stuck = employed.lanewise(VectorOperators.OR, zero.lanewise(VectorOperators.SUB, dep).reinterpretShape(LS, 0))
                    .lanewise(VectorOperators.OR, owed.lanewise(VectorOperators.SUB, limit.lanewise(VectorOperators.MUL, ScalarKernel.LIMIT_USED)).reinterpretShape(LS, 0))
                    .lanewise(VectorOperators.XOR, -1L);
            LongVector delinquent = ((LongVector) zero.lanewise(VectorOperators.SUB, owed).reinterpretShape(LS, 0))
                    .lanewise(VectorOperators.AND, ((LongVector) lt.lanewise(VectorOperators.MUL, delinquencyShare).lanewise(VectorOperators.SUB, cardInterest).reinterpretShape(LS, 0)).lanewise(VectorOperators.OR, stuck))
                    .lanewise(VectorOperators.ASHR, 63);
            DoubleVector delinquentOwed = (DoubleVector) ((LongVector) owed.reinterpretShape(LS, 0)).lanewise(VectorOperators.AND, delinquent)
                    .reinterpretShape(DS, 0);
            DoubleVector chargedOff = delinquentOwed.lanewise(VectorOperators.MUL, chargeOffRate);
            owed = owed.lanewise(VectorOperators.SUB, chargedOff);
            fl = fl.lanewise(VectorOperators.AND, ~HouseholdArrays.DELINQUENT).lanewise(VectorOperators.OR, delinquent.lanewise(VectorOperators.AND, HouseholdArrays.DELINQUENT));
            LongVector reviewBits = reviewLanes.lanewise(VectorOperators.ADD, reviews + i * QuasiRandom.REVIEW);
            LongVector choiceBits = choiceLanes.lanewise(VectorOperators.ADD, choices + i * QuasiRandom.CHOICE);
            LongVector reviewing = reviewBits.lanewise(VectorOperators.LSHR, DRAW_SHIFT).lanewise(VectorOperators.SUB, reviewBelow)
                    .lanewise(VectorOperators.ASHR, 63);
            LongVector choosesTrend = choiceBits.lanewise(VectorOperators.LSHR, DRAW_SHIFT).lanewise(VectorOperators.SUB, trendBelow)
                    .lanewise(VectorOperators.ASHR, 63);
            LongVector trendReviewed = reviewing.lanewise(VectorOperators.AND, HouseholdArrays.TREND);
            fl = fl.lanewise(VectorOperators.AND_NOT, trendReviewed).lanewise(VectorOperators.OR, choosesTrend.lanewise(VectorOperators.AND, trendReviewed));

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
            LongVector positiveBits = (LongVector) dep.lanewise(VectorOperators.SUB, owed).lanewise(VectorOperators.ADD, s.lanewise(VectorOperators.MUL, portfolio)).reinterpretShape(LS, 0);
            DoubleVector positive = (DoubleVector) positiveBits
                    .lanewise(VectorOperators.AND_NOT, positiveBits.lanewise(VectorOperators.ASHR, 63))
                    .lanewise(VectorOperators.AND, investingBits).reinterpretShape(DS, 0);
            DoubleVector wages = (DoubleVector) ((LongVector) labour.reinterpretShape(LS, 0)).lanewise(VectorOperators.AND, employed)
                    .reinterpretShape(DS, 0);
            a0 = a0.lanewise(VectorOperators.ADD, spend);
            a1 = a1.lanewise(VectorOperators.ADD, wages);
            a2 = a2.lanewise(VectorOperators.ADD, labour.lanewise(VectorOperators.SUB, wages));
            a3 = a3.lanewise(VectorOperators.ADD, cardInterest);
            a4 = a4.lanewise(VectorOperators.ADD, borrowed);
            a5 = a5.lanewise(VectorOperators.ADD, repaid);
            a6 = a6.lanewise(VectorOperators.ADD, chargedOff);
            a8 = a8.lanewise(VectorOperators.ADD, delinquentOwed.lanewise(VectorOperators.SUB, chargedOff));
            a9 = a9.lanewise(VectorOperators.ADD, owed);
            a10 = a10.lanewise(VectorOperators.ADD, dep);
            a12 = a12.lanewise(VectorOperators.ADD, positive);
            // employed in bits 0..31, trend followers of investing groups in bits 32..63 (TREND << 31)
            counts = counts.lanewise(VectorOperators.ADD, fl.lanewise(VectorOperators.AND, HouseholdArrays.EMPLOYED)).lanewise(VectorOperators.ADD, fl.lanewise(VectorOperators.AND, trendCounted).lanewise(VectorOperators.LSHL, 31));
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
