package org.aibubble.agents.households;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.aibubble.agents.config.BeliefParams;
import org.aibubble.agents.config.GroupParams;
import org.aibubble.agents.config.HouseholdGroup;
import org.aibubble.agents.config.HouseholdParams;
import org.aibubble.agents.parallel.CounterRandom;
import org.aibubble.agents.parallel.KernelKind;
import org.aibubble.agents.parallel.SliceLayout;
import org.junit.jupiter.api.Test;

/**
 * The vector kernel against the scalar one, the one source of the household equations, bit for bit: many
 * randomised adversarial populations (negative, zero and negative-zero deposits, debt at and above the card
 * limit, zero wages and shares, every flag byte), each with its own group sizes (not multiples of 8, some
 * under 8), slice size and parameters, run for several months through both kernels. After the sector's own
 * preparation of the month every field of {@link GroupMonth} is redrawn at random (found by reflection, so a
 * field added later is drawn too): thresholds that fire or hire everyone or no one, zero and negative rates,
 * the group's investing switch; then some thresholds are put on the edge of one household's draws, so that a
 * draw of the vector kernel that differs from the scalar one in any bit shows. Every array element is compared
 * by its raw bits, and every total of every slice.
 *
 * <p>The build runs this test a second time with 256-bit vectors (4 lanes, the AVX2 path; agents/pom.xml) and
 * measures its coverage of {@link ScalarKernel}: a branch of any condition that these populations never reach
 * fails the build, so the comparison covers every path of the equations.
 */
class VectorKernelTest {
    private static final int TRIALS = 48;
    private static final int MONTHS = 4;

    @Test
    void theVectorKernelGivesTheScalarKernelsBitsOnRandomisedAdversarialPopulations() {
        assertTrue(KernelKind.vectorModulePresent(), "the tests run with --add-modules jdk.incubator.vector (pom.xml)");
        assumeTrue(VectorKernel.usable(), "this CPU has no vectors of 4 doubles");
        String lanes = System.getProperty("vectorKernel.lanes");
        if (lanes != null) {
            assertEquals(Integer.parseInt(lanes), VectorKernel.lanes(), "the JVM options give this vector width");
        }
        double[] exercised = new double[GroupSum.COUNT];
        for (int trial = 0; trial < TRIALS; trial++) {
            Trial t = new Trial(trial);
            Run scalar = new Run(t, KernelKind.SCALAR);
            Run vector = new Run(t, KernelKind.VECTOR);
            for (int month = 0; month < MONTHS; month++) {
                long monthSeed = t.seed * 31 + month;
                scalar.month(month, monthSeed);
                vector.month(month, monthSeed);
                String where = VectorKernel.lanes() + " lanes, trial " + trial + " (" + t + "), month " + month;
                assertSameBits(scalar.h, vector.h, where);
                for (int s = 0; s < scalar.partial.length; s++) {
                    assertArrayEquals(bits(scalar.partial[s]), bits(vector.partial[s]), where + ", totals of slice " + s);
                    for (int k = 0; k < scalar.partial[s].length; k++) {
                        exercised[k % GroupSum.COUNT] += Math.abs(scalar.partial[s][k]);
                    }
                }
            }
        }
        for (GroupSum total : GroupSum.values()) {
            assertTrue(exercised[total.ordinal()] > 0, "the populations exercise " + total);
        }
    }

    @Test
    void theScalarKernelSumsByLanePositionWhateverTheSlices() {
        for (int trial = 0; trial < 4; trial++) {
            Trial t = new Trial(trial);
            Run coarse = new Run(t.withSlices(4_096), KernelKind.SCALAR);
            Run fine = new Run(t.withSlices(13), KernelKind.SCALAR);
            for (int month = 0; month < MONTHS; month++) {
                coarse.month(month, month);
                fine.month(month, month);
                assertSameBits(coarse.h, fine.h, "trial " + trial + ", month " + month);
            }
        }
    }

    private static void assertSameBits(HouseholdArrays a, HouseholdArrays b, String where) {
        assertArrayEquals(bits(a.deposits), bits(b.deposits), where + ": deposits");
        assertArrayEquals(bits(a.debt), bits(b.debt), where + ": debt");
        assertArrayEquals(bits(a.wage), bits(b.wage), where + ": wage");
        assertArrayEquals(bits(a.share), bits(b.share), where + ": share");
        assertArrayEquals(bits(a.wealthSmoothed), bits(b.wealthSmoothed), where + ": wealthSmoothed");
        assertArrayEquals(bits(a.wealthEffect), bits(b.wealthEffect), where + ": wealthReference");
        assertArrayEquals(bits(a.consumption), bits(b.consumption), where + ": consumption");
        assertArrayEquals(a.flags, b.flags, where + ": flags");
    }

    private static long[] bits(double[] values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return bits;
    }

    private static int[] bits(float[] values) {
        int[] bits = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Float.floatToRawIntBits(values[i]);
        }
        return bits;
    }

    /** One randomised case: group sizes, slice size, parameters and the scale of the population. */
    private static final class Trial {
        final long seed;
        final int[] groupEnd;
        final int sliceSize;
        final HouseholdParams params;
        final double[] mpc = new double[3];
        final double wage;

        Trial(long seed) {
            this(seed, -1);
        }

        private Trial(long seed, int slices) {
            this.seed = seed;
            SplittableRandom r = new SplittableRandom(0x5EED_0000L + seed);
            groupEnd = new int[3];
            int end = 0;
            for (int g = 0; g < 3; g++) {
                end += r.nextInt(8) == 0 ? 1 + r.nextInt(7) : 1 + r.nextInt(1_500);
                groupEnd[g] = end;
            }
            int[] sizes = {1, 7, 8, 13, 64, 1_003, 4_096};
            sliceSize = slices > 0 ? slices : sizes[r.nextInt(sizes.length)];
            wage = r.nextInt(6) == 0 ? 0 : 500 + r.nextDouble() * 20_000;
            List<GroupParams> groups = new ArrayList<>();
            for (HouseholdGroup g : HouseholdGroup.values()) {
                double third = g == HouseholdGroup.BOTTOM ? 1 - 2 * 0.3 : 0.3;
                groups.add(new GroupParams(g, third, wage, r.nextDouble(), 0, third, third, 0, third,
                        r.nextDouble() * 0.5, 1 + r.nextDouble() * 4, r.nextDouble() * 3, r.nextDouble() * 6,
                        r.nextBoolean(), r.nextDouble() * 5, r.nextDouble() * 0.1, 1));
                mpc[g.ordinal()] = r.nextDouble() * 1.6;
            }
            params = new HouseholdParams(132e6, r.nextDouble() * 3_000, r.nextDouble(), r.nextDouble() * 0.5,
                    r.nextDouble() * 6, 1 + r.nextDouble() * 48, r.nextDouble(), r.nextDouble() * 0.3,
                    r.nextDouble() * 0.2, r.nextDouble(), 0.014, 0.5, 9, groups,
                    new BeliefParams(0.35, r.nextDouble(), 4, 0.5, 0.85));
        }

        Trial withSlices(int size) {
            return new Trial(seed, size);
        }

        @Override
        public String toString() {
            return "groups ending at " + groupEnd[0] + ", " + groupEnd[1] + ", " + groupEnd[2] + ", slices of "
                    + sliceSize + ", wage " + Math.round(wage);
        }
    }

    /** One population and one kernel over it. */
    private static final class Run {
        final Trial t;
        final HouseholdArrays h;
        final SliceLayout layout;
        final double[][] partial;
        final MonthKernel kernel;

        Run(Trial t, KernelKind kind) {
            this.t = t;
            h = population(t);
            layout = new SliceLayout(h.size, t.sliceSize);
            partial = new double[layout.count()][3 * GroupSum.COUNT];
            kernel = new MonthKernel(h, t.params, t.params.groups().toArray(new GroupParams[0]), layout, partial);
            kernel.use(kind);
            System.arraycopy(t.mpc, 0, kernel.mpc(), 0, 3);
        }

        /** Prepares the month as the sector does, then redraws every constant of every group. */
        void month(int month, long monthSeed) {
            SplittableRandom r = new SplittableRandom(monthSeed);
            for (int g = 0; g < 3; g++) {
                kernel.fire()[g] = r.nextDouble();
                kernel.residualPerShare()[g] = (r.nextDouble() - 0.5) * 2_000 * (g + 1);
                kernel.portfolioPerShare()[g] = r.nextDouble() * 2_000_000 / (g + 1);
                kernel.capitalIncomePerShare()[g] = r.nextDouble() * 800 / (g + 1);
            }
            double[] caution = {0.75 + r.nextDouble() / 4, 0.75 + r.nextDouble() / 4, 0.75 + r.nextDouble() / 4};
            kernel.prepare(0.5 + r.nextDouble(), 0.5 + r.nextDouble(), r.nextDouble(), r.nextDouble(),
                    r.nextDouble() * 0.05, t.seed, month, new int[] {1, 2, 3}, caution, r.nextDouble());
            for (int g = 0; g < 3; g++) {
                redraw(kernel.month(g), r);
                edge(kernel.month(g), h.start(g), h.end(g), r);
            }
            for (int s = 0; s < layout.count(); s++) {
                kernel.run(s);
            }
        }

        /**
         * Redraws every instance field of {@code c}: a double is kept (half the time), or set to 0, -0.0, 1,
         * its value times a factor in [-0.5, 2), or a value in [-1, 1); a long (a draw threshold or offset) is
         * set to 0, 2^53 (every draw under it) or a random value in [0, 2^54); a boolean at random.
         */
        private static void redraw(GroupMonth c, SplittableRandom r) {
            for (Field f : GroupMonth.class.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                try {
                    if (f.getType() == double.class) {
                        double v = f.getDouble(c);
                        switch (r.nextInt(12)) {
                            case 0 -> v = 0.0;
                            case 1 -> v = -0.0;
                            case 2 -> v = 1.0;
                            case 3 -> v = v * (r.nextDouble() * 2.5 - 0.5);
                            case 4 -> v = r.nextDouble() * 2 - 1;
                            default -> {
                            }
                        }
                        f.setDouble(c, v);
                    } else if (f.getType() == long.class) {
                        switch (r.nextInt(6)) {
                            case 0 -> f.setLong(c, 0);
                            case 1 -> f.setLong(c, 1L << 53);
                            case 2, 3 -> f.setLong(c, r.nextLong() >>> 10);
                            default -> {
                            }
                        }
                    } else if (f.getType() == boolean.class) {
                        f.setBoolean(c, r.nextBoolean());
                    } else {
                        fail("GroupMonth." + f.getName() + " has a type this test does not draw: extend redraw()");
                    }
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }

        /**
         * Puts thresholds on the edge of one household's draws, so that its transition depends on every bit of
         * them: a random threshold would almost never tell a draw from one that differs in its low bits. Half the
         * time the job thresholds (fire and hire) are set to the household's job draw or one above it; half the
         * time the review threshold is one above its review draw (it reviews) and the choice threshold its choice
         * draw or one above, else, half of the rest, the review threshold its review draw or one above. The draws
         * are {@link CounterRandom#draw53} of the group's keys, which the scalar kernel uses.
         */
        private static void edge(GroupMonth c, int from, int to, SplittableRandom r) {
            int i = from + r.nextInt(to - from);
            if (r.nextBoolean()) {
                long job = CounterRandom.draw53(c.jobKey, i) + r.nextInt(2);
                c.fireBelow = job;
                c.hireBelow = job;
            }
            if (r.nextBoolean()) {
                c.reviewBelow = CounterRandom.draw53(c.reviewKey, i) + 1;
                c.trendBelow = CounterRandom.draw53(c.choiceKey, i) + r.nextInt(2);
            } else if (r.nextBoolean()) {
                c.reviewBelow = CounterRandom.draw53(c.reviewKey, i) + r.nextInt(2);
            }
        }

        /** Households in every corner of the state space, the same for both kernels of a trial. */
        private static HouseholdArrays population(Trial t) {
            HouseholdArrays h = new HouseholdArrays(t.groupEnd);
            SplittableRandom random = new SplittableRandom(t.seed ^ 0x20_011L);
            for (int i = 0; i < h.size; i++) {
                float wage = (float) (i % 17 == 0 ? 0 : t.wage * Math.exp(random.nextGaussian() * 0.6));
                h.wage[i] = wage;
                h.share[i] = (float) (i % 23 == 0 ? 0 : random.nextDouble() * 2);
                h.deposits[i] = deposits(i, wage, random);
                h.debt[i] = debt(i, wage, random);
                double wealth = h.deposits[i] - h.debt[i] + random.nextGaussian() * 50_000;
                h.wealthSmoothed[i] = (float) (i % 29 == 0 ? 0 : wealth);
                h.wealthEffect[i] = (float) (i % 31 == 0 ? 0 : t.wage * (random.nextDouble() - 0.5));
                h.consumption[i] = (float) (t.wage * random.nextDouble());
                h.flags[i] = (byte) (i * 37 + random.nextInt(8));
            }
            return h;
        }

        private static double deposits(int i, float wage, SplittableRandom random) {
            switch (i % 7) {
                case 0:
                    return 0.0;
                case 1:
                    return -0.0;
                case 2:
                    return -random.nextDouble() * 20_000;
                case 3:
                    return random.nextDouble() * 1e-3;
                case 4:
                    return random.nextDouble() * 2 * wage;
                default:
                    return random.nextDouble() * 60_000;
            }
        }

        private static double debt(int i, float wage, SplittableRandom random) {
            double limit = 3 * wage;
            switch (i % 11) {
                case 0:
                    return limit;
                case 1:
                    return 0.999 * limit;
                case 2:
                    return 1.5 * limit + 100;
                case 3:
                    return -0.0;
                case 4:
                case 5:
                    return random.nextDouble() * limit;
                case 6:
                    return random.nextDouble() * 100_000;
                default:
                    return 0.0;
            }
        }
    }
}
