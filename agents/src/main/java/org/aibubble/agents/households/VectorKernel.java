package org.aibubble.agents.households;

import static jdk.incubator.vector.VectorOperators.ADD;
import static jdk.incubator.vector.VectorOperators.AND;
import static jdk.incubator.vector.VectorOperators.AND_NOT;
import static jdk.incubator.vector.VectorOperators.ASHR;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LSHR;
import static jdk.incubator.vector.VectorOperators.MUL;
import static jdk.incubator.vector.VectorOperators.OR;
import static jdk.incubator.vector.VectorOperators.SUB;
import static jdk.incubator.vector.VectorOperators.XOR;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

import org.aibubble.agents.parallel.CounterRandom;

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
 * <p>The draws are {@link CounterRandom#draw53} of the month's job, review and choice keys, computed lane-wise:
 * lane {@code k} of the block at {@code i} adds {@code (i + k + 1) * GAMMA} to the key and runs the SplitMix64
 * finaliser ({@link CounterRandom#mix64}: three xor-shifts and two 64-bit multiplies, {@code MUL} on longs being
 * the low 64 bits of the product, as in Java) before keeping the top 53 bits; three draws cost six multiplies
 * per 8 households.
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
    /** Bits of a draw below the 53 it keeps ({@link CounterRandom#draw53}). */
    private static final int DRAW_SHIFT = CounterRandom.DRAW_SHIFT;
    /** The xor-shifts of {@link CounterRandom#mix64}. */
    private static final int SHIFT1 = CounterRandom.SHIFT1;
    private static final int SHIFT2 = CounterRandom.SHIFT2;
    private static final int SHIFT3 = CounterRandom.SHIFT3;
    /** Lane {@code k} holds {@code (k + 1) * GAMMA}: the counter part of {@link CounterRandom#bits} at index k. */
    private static final LongVector COUNTER_LANES = IOTA.lanewise(ADD, 1).lanewise(MUL, CounterRandom.GAMMA);

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
        final double wageIndex = c.wageIndex;
        final double transfer = c.transfer;
        final double taxRate = c.taxRate;
        final double residual = c.residual;
        final double capitalIncome = c.capitalIncome;
        final double portfolio = c.portfolio;
        final double rate = c.cardRate;
        final double lagWeight = c.lagWeight;
        final double referenceWeight = c.referenceWeight;
        final double wealthSpendingPerMonth = c.wealthSpendingPerMonth;
        final double propensity = c.propensity;
        final double spendingFloor = c.spendingFloor;
        final double limitUsed = c.limitUsed;
        final double limitMonths = c.limitMonths;
        final double repayShare = c.repayShare;
        final double delinquencyShare = c.delinquencyShare;
        final double chargeOffRate = c.chargeOffRate;
        final long reviewBelow = c.reviewBelow;
        final long trendBelow = c.trendBelow;
        final long jobs = c.jobKey;
        final long reviews = c.reviewKey;
        final long choices = c.choiceKey;
        final double[] depositsOf = h.deposits;
        final double[] debtOf = h.debt;
        final float[] wageOf = h.wage;
        final float[] shareOf = h.share;
        final float[] smoothedOf = h.wealthSmoothed;
        final float[] effectOf = h.wealthEffect;
        final float[] consumptionOf = h.consumption;
        final byte[] flagsOf = h.flags;

        final DoubleVector zero = DoubleVector.zero(DS);
        final long oneBits = Double.doubleToRawLongBits(1.0);
        final long gainBits = Double.doubleToRawLongBits(c.wealthGainWeight);
        final long gainXorLoss = gainBits ^ Double.doubleToRawLongBits(c.wealthLossWeight);
        final long benefitBits = Double.doubleToRawLongBits(c.benefit);
        final long oneXorBenefit = oneBits ^ benefitBits;
        final LongVector hireBelow = LongVector.broadcast(LS, c.hireBelow);
        final LongVector hireXorFire = LongVector.broadcast(LS, c.hireBelow ^ c.fireBelow);
        final LongVector zeroL = LongVector.zero(LS);
        // the sign spread of 8 lanes shifts by a vector of counts: JDK 17 moves a constant count from a general
        // register before every arithmetic shift of longs; with 4 lanes a vector count is not intrinsified
        final LongVector spread = LongVector.broadcast(LS, 63);
        final long investingBits = c.investing ? -1L : 0L;
        final long trendCounted = c.investing ? HouseholdArrays.TREND : 0;
        // the draws: lane k of household block i mixes key + (i + k + 1) * GAMMA (CounterRandom.bits)
        final LongVector jobLanes = COUNTER_LANES.lanewise(ADD, jobs);
        final LongVector reviewLanes = COUNTER_LANES.lanewise(ADD, reviews);
        final LongVector choiceLanes = COUNTER_LANES.lanewise(ADD, choices);
        final long gamma = CounterRandom.GAMMA;
        final long mix1 = CounterRandom.MIX1;
        final long mix2 = CounterRandom.MIX2;

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
                fl = LongVector.broadcast(LS, four).lanewise(LSHR, BYTE_SHIFTS).lanewise(AND, 0xFF);
            }
            // every condition below is a lane mask of all ones or all zeros in a long, the sign bit of a difference
            // spread by ASHR 63 (a < b is the sign of a - b), and every select is AND, OR, XOR or ANDNOT on the bits
            // CounterRandom.mix64, lane-wise: the job draw
            LongVector jobBits = jobLanes.lanewise(ADD, i * gamma);
            jobBits = jobBits.lanewise(XOR, jobBits.lanewise(LSHR, SHIFT1)).lanewise(MUL, mix1);
            jobBits = jobBits.lanewise(XOR, jobBits.lanewise(LSHR, SHIFT2)).lanewise(MUL, mix2);
            jobBits = jobBits.lanewise(XOR, jobBits.lanewise(LSHR, SHIFT3));
            // EMPLOYED is bit 0: moved to the sign and spread
            LongVector employedSign = fl.lanewise(LSHL, 63);
            LongVector wasEmployed = L == n ? employedSign.lanewise(ASHR, spread) : employedSign.lanewise(ASHR, 63);
            LongVector jobBelow = hireBelow.lanewise(XOR, hireXorFire.lanewise(AND, wasEmployed));
            LongVector jobDraw = jobBits.lanewise(LSHR, DRAW_SHIFT).lanewise(SUB, jobBelow);
            LongVector flip = L == n ? jobDraw.lanewise(ASHR, spread) : jobDraw.lanewise(ASHR, 63);
            fl = fl.lanewise(XOR, flip.lanewise(AND, HouseholdArrays.EMPLOYED));
            // with a job after the draw: had one and the draw did not flip it, or had none and the draw flipped it
            LongVector employed = wasEmployed.lanewise(XOR, flip);

            // ---- income, wealth, spending
            DoubleVector wageNow = ((DoubleVector) FloatVector.fromArray(FS, wageOf, i)
                    .convertShape(VectorOperators.F2D, DS, 0)).lanewise(MUL, wageIndex);
            // times 1.0 (exact) with a job, times benefit without
            DoubleVector labour = wageNow.lanewise(MUL, (DoubleVector) employed.lanewise(AND, oneXorBenefit)
                    .lanewise(XOR, benefitBits).reinterpretShape(DS, 0));
            DoubleVector tax = labour.lanewise(MUL, taxRate);
            DoubleVector s = (DoubleVector) FloatVector.fromArray(FS, shareOf, i).convertShape(VectorOperators.F2D, DS, 0);
            DoubleVector dep = DoubleVector.fromArray(DS, depositsOf, i).lanewise(ADD, s.lanewise(MUL, residual));
            DoubleVector owed = DoubleVector.fromArray(DS, debtOf, i);
            DoubleVector cardInterest = owed.lanewise(MUL, rate);
            DoubleVector lt = labour.lanewise(ADD, transfer);
            DoubleVector ltMinusTax = lt.lanewise(SUB, tax);
            DoubleVector disposable = ltMinusTax.lanewise(ADD, s.lanewise(MUL, capitalIncome));
            DoubleVector wealth = dep.lanewise(SUB, owed).lanewise(ADD, s.lanewise(MUL, portfolio));
            DoubleVector smoothed0 = (DoubleVector) FloatVector.fromArray(FS, smoothedOf, i)
                    .convertShape(VectorOperators.F2D, DS, 0);
            DoubleVector smoothed = smoothed0.lanewise(ADD, wealth.lanewise(SUB, smoothed0).lanewise(MUL, lagWeight));
            DoubleVector change = smoothed.lanewise(SUB, smoothed0);
            DoubleVector effect0 = (DoubleVector) FloatVector.fromArray(FS, effectOf, i)
                    .convertShape(VectorOperators.F2D, DS, 0);
            // the weight is the loss weight where change has its sign bit set, else the gain weight: the same as
            // change < 0 for every change (a change of -0.0 or NaN gives the same product either way), chosen with
            // integer operations
            LongVector changeBits = (LongVector) change.reinterpretShape(LS, 0);
            LongVector changeSign = L == n ? changeBits.lanewise(ASHR, spread) : changeBits.lanewise(ASHR, 63);
            DoubleVector wealthEffect = effect0.lanewise(SUB, effect0.lanewise(MUL, referenceWeight))
                    .lanewise(ADD, change.lanewise(MUL, (DoubleVector) changeSign.lanewise(AND, gainXorLoss)
                            .lanewise(XOR, gainBits).reinterpretShape(DS, 0)));
            // ScalarKernel.nonNegative: +0.0 where the sign bit is set
            LongVector smoothedBits = (LongVector) smoothed.reinterpretShape(LS, 0);
            LongVector smoothedSign = L == n ? smoothedBits.lanewise(ASHR, spread) : smoothedBits.lanewise(ASHR, 63);
            DoubleVector smoothedPos = (DoubleVector) smoothedBits.lanewise(AND_NOT, smoothedSign)
                    .reinterpretShape(DS, 0);
            DoubleVector floor = lt.lanewise(MUL, spendingFloor);
            DoubleVector desired = disposable.lanewise(MUL, propensity)
                    .lanewise(ADD, smoothedPos.lanewise(MUL, wealthSpendingPerMonth)).lanewise(ADD, wealthEffect);
            LongVector desiredBits = (LongVector) desired.reinterpretShape(LS, 0);
            LongVector floorGap = (LongVector) desired.lanewise(SUB, floor).reinterpretShape(LS, 0);
            LongVector underFloor = L == n ? floorGap.lanewise(ASHR, spread) : floorGap.lanewise(ASHR, 63);
            DoubleVector spend = (DoubleVector) desiredBits.lanewise(XOR,
                    desiredBits.lanewise(XOR, floor.reinterpretShape(LS, 0)).lanewise(AND, underFloor))
                    .reinterpretShape(DS, 0);
            dep = dep.lanewise(ADD, ltMinusTax.lanewise(SUB, cardInterest).lanewise(SUB, spend));
            DoubleVector limit = wageNow.lanewise(MUL, limitMonths);

            // ---- borrowing where deposits went negative, a spending cut, repayment: as in ScalarKernel each
            // amount is 0 where it does not apply, and min(a, b) is "a where a - b has its sign bit set, else b"
            LongVector roomBits = (LongVector) limit.lanewise(SUB, owed).reinterpretShape(LS, 0);
            LongVector roomSign = L == n ? roomBits.lanewise(ASHR, spread) : roomBits.lanewise(ASHR, 63);
            roomBits = roomBits.lanewise(AND_NOT, roomSign);
            DoubleVector debit = (DoubleVector) dep.reinterpretShape(LS, 0).lanewise(XOR, Long.MIN_VALUE)
                    .reinterpretShape(DS, 0);
            LongVector debitOverRoom = (LongVector) debit.lanewise(SUB, (DoubleVector) roomBits.reinterpretShape(DS, 0))
                    .reinterpretShape(LS, 0);
            LongVector debitFirst = L == n ? debitOverRoom.lanewise(ASHR, spread) : debitOverRoom.lanewise(ASHR, 63);
            LongVector depBits = (LongVector) dep.reinterpretShape(LS, 0);
            LongVector overdrawn = L == n ? depBits.lanewise(ASHR, spread) : depBits.lanewise(ASHR, 63);
            DoubleVector borrowed = (DoubleVector) roomBits.lanewise(XOR,
                    roomBits.lanewise(XOR, debit.reinterpretShape(LS, 0)).lanewise(AND, debitFirst))
                    .lanewise(AND, overdrawn).reinterpretShape(DS, 0);
            owed = owed.lanewise(ADD, borrowed);
            dep = dep.lanewise(ADD, borrowed);
            DoubleVector shortfall = (DoubleVector) dep.reinterpretShape(LS, 0).lanewise(XOR, Long.MIN_VALUE)
                    .reinterpretShape(DS, 0);
            LongVector spendBits = (LongVector) spend.reinterpretShape(LS, 0);
            LongVector shortfallOverSpend = (LongVector) shortfall.lanewise(SUB, spend).reinterpretShape(LS, 0);
            LongVector shortfallFirst = L == n ? shortfallOverSpend.lanewise(ASHR, spread)
                    : shortfallOverSpend.lanewise(ASHR, 63);
            depBits = (LongVector) dep.reinterpretShape(LS, 0);
            overdrawn = L == n ? depBits.lanewise(ASHR, spread) : depBits.lanewise(ASHR, 63);
            DoubleVector cut = (DoubleVector) spendBits.lanewise(XOR,
                    spendBits.lanewise(XOR, shortfall.reinterpretShape(LS, 0)).lanewise(AND, shortfallFirst))
                    .lanewise(AND, overdrawn).reinterpretShape(DS, 0);
            spend = spend.lanewise(SUB, cut);
            dep = dep.lanewise(ADD, cut);
            DoubleVector surplusShare = dep.lanewise(SUB, labour).lanewise(SUB, transfer).lanewise(MUL, repayShare);
            LongVector surplusBits = (LongVector) surplusShare.reinterpretShape(LS, 0);
            LongVector owedOverSurplus = (LongVector) owed.lanewise(SUB, surplusShare).reinterpretShape(LS, 0);
            LongVector owedFirst = L == n ? owedOverSurplus.lanewise(ASHR, spread) : owedOverSurplus.lanewise(ASHR, 63);
            // 0 < owed and lt < dep: both signs set
            LongVector bothSigns = ((LongVector) zero.lanewise(SUB, owed).reinterpretShape(LS, 0))
                    .lanewise(AND, lt.lanewise(SUB, dep).reinterpretShape(LS, 0));
            LongVector repaying = L == n ? bothSigns.lanewise(ASHR, spread) : bothSigns.lanewise(ASHR, 63);
            DoubleVector repaid = (DoubleVector) surplusBits.lanewise(XOR,
                    surplusBits.lanewise(XOR, owed.reinterpretShape(LS, 0)).lanewise(AND, owedFirst))
                    .lanewise(AND, repaying).reinterpretShape(DS, 0);
            owed = owed.lanewise(SUB, repaid);
            dep = dep.lanewise(SUB, repaid);

            // ---- delinquency, charge-off, forecasting rule: 0 < owed and (delinquencyShare * lt < cardInterest
            // or (without a job and not 0 < dep and not owed < limitUsed * limit)), on the sign bits
            LongVector stuck = employed.lanewise(OR, zero.lanewise(SUB, dep).reinterpretShape(LS, 0))
                    .lanewise(OR, owed.lanewise(SUB, limit.lanewise(MUL, limitUsed))
                            .reinterpretShape(LS, 0))
                    .lanewise(XOR, -1L);
            LongVector delinquentSign = ((LongVector) zero.lanewise(SUB, owed).reinterpretShape(LS, 0))
                    .lanewise(AND, ((LongVector) lt.lanewise(MUL, delinquencyShare).lanewise(SUB, cardInterest)
                            .reinterpretShape(LS, 0)).lanewise(OR, stuck));
            LongVector delinquent = L == n ? delinquentSign.lanewise(ASHR, spread) : delinquentSign.lanewise(ASHR, 63);
            DoubleVector delinquentOwed = (DoubleVector) ((LongVector) owed.reinterpretShape(LS, 0))
                    .lanewise(AND, delinquent).reinterpretShape(DS, 0);
            DoubleVector chargedOff = delinquentOwed.lanewise(MUL, chargeOffRate);
            owed = owed.lanewise(SUB, chargedOff);
            fl = fl.lanewise(AND, ~HouseholdArrays.DELINQUENT)
                    .lanewise(OR, delinquent.lanewise(AND, HouseholdArrays.DELINQUENT));
            // the review and choice draws, as the job draw
            LongVector reviewBits = reviewLanes.lanewise(ADD, i * gamma);
            reviewBits = reviewBits.lanewise(XOR, reviewBits.lanewise(LSHR, SHIFT1)).lanewise(MUL, mix1);
            reviewBits = reviewBits.lanewise(XOR, reviewBits.lanewise(LSHR, SHIFT2)).lanewise(MUL, mix2);
            reviewBits = reviewBits.lanewise(XOR, reviewBits.lanewise(LSHR, SHIFT3));
            LongVector choiceBits = choiceLanes.lanewise(ADD, i * gamma);
            choiceBits = choiceBits.lanewise(XOR, choiceBits.lanewise(LSHR, SHIFT1)).lanewise(MUL, mix1);
            choiceBits = choiceBits.lanewise(XOR, choiceBits.lanewise(LSHR, SHIFT2)).lanewise(MUL, mix2);
            choiceBits = choiceBits.lanewise(XOR, choiceBits.lanewise(LSHR, SHIFT3));
            LongVector reviewDraw = reviewBits.lanewise(LSHR, DRAW_SHIFT).lanewise(SUB, reviewBelow);
            LongVector reviewing = L == n ? reviewDraw.lanewise(ASHR, spread) : reviewDraw.lanewise(ASHR, 63);
            LongVector choiceDraw = choiceBits.lanewise(LSHR, DRAW_SHIFT).lanewise(SUB, trendBelow);
            LongVector choosesTrend = L == n ? choiceDraw.lanewise(ASHR, spread) : choiceDraw.lanewise(ASHR, 63);
            LongVector trendReviewed = reviewing.lanewise(AND, HouseholdArrays.TREND);
            fl = fl.lanewise(AND_NOT, trendReviewed).lanewise(OR, choosesTrend.lanewise(AND, trendReviewed));

            // ---- stores
            dep.intoArray(depositsOf, i);
            owed.intoArray(debtOf, i);
            ((FloatVector) smoothed.convertShape(VectorOperators.D2F, FS, 0)).intoArray(smoothedOf, i);
            ((FloatVector) wealthEffect.convertShape(VectorOperators.D2F, FS, 0)).intoArray(effectOf, i);
            ((FloatVector) spend.convertShape(VectorOperators.D2F, FS, 0)).intoArray(consumptionOf, i);
            if (L == n) {
                ((ByteVector) fl.convertShape(VectorOperators.L2B, BS, 0)).intoArray(flagsOf, i);
            } else {
                FOUR_FLAGS.set(flagsOf, i,
                        (int) fl.lanewise(LSHL, BYTE_SHIFTS).reduceLanes(OR));
            }

            // ---- totals
            LongVector positiveBits = (LongVector) dep.lanewise(SUB, owed).lanewise(ADD, s.lanewise(MUL, portfolio))
                    .reinterpretShape(LS, 0);
            LongVector positiveSign = L == n ? positiveBits.lanewise(ASHR, spread) : positiveBits.lanewise(ASHR, 63);
            DoubleVector positive = (DoubleVector) positiveBits.lanewise(AND_NOT, positiveSign)
                    .lanewise(AND, investingBits).reinterpretShape(DS, 0);
            DoubleVector wages = (DoubleVector) ((LongVector) labour.reinterpretShape(LS, 0)).lanewise(AND, employed)
                    .reinterpretShape(DS, 0);
            a0 = a0.lanewise(ADD, spend);
            a1 = a1.lanewise(ADD, wages);
            a2 = a2.lanewise(ADD, labour.lanewise(SUB, wages));
            a3 = a3.lanewise(ADD, cardInterest);
            a4 = a4.lanewise(ADD, borrowed);
            a5 = a5.lanewise(ADD, repaid);
            a6 = a6.lanewise(ADD, chargedOff);
            a8 = a8.lanewise(ADD, delinquentOwed.lanewise(SUB, chargedOff));
            a9 = a9.lanewise(ADD, owed);
            a10 = a10.lanewise(ADD, dep);
            a12 = a12.lanewise(ADD, positive);
            // employed in bits 0..31, trend followers of investing groups in bits 32..63 (TREND << 31)
            counts = counts.lanewise(ADD, fl.lanewise(AND, HouseholdArrays.EMPLOYED))
                    .lanewise(ADD, fl.lanewise(AND, trendCounted).lanewise(LSHL, 31));
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
                .add(counts.lanewise(LSHR, 32).or(TWO_52_BITS).reinterpretAsDoubles().sub(TWO_52))
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
                    .add(countsB.lanewise(LSHR, 32).or(TWO_52_BITS).reinterpretAsDoubles().sub(TWO_52))
                    .intoArray(lanes, trendAt + half);
            b8.intoArray(lanes, 8 * n + half);
            b9.intoArray(lanes, 9 * n + half);
            b10.intoArray(lanes, 10 * n + half);
            b12.intoArray(lanes, 12 * n + half);
        }
    }
}
