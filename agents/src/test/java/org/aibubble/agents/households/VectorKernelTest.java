package org.aibubble.agents.households;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.aibubble.agents.config.BeliefParams;
import org.aibubble.agents.config.GroupParams;
import org.aibubble.agents.config.HouseholdGroup;
import org.aibubble.agents.config.HouseholdParams;
import org.aibubble.agents.parallel.KernelKind;
import org.aibubble.agents.parallel.SliceLayout;
import org.junit.jupiter.api.Test;

/**
 * The vector kernel against the scalar one, bit for bit: the same adversarial population (negative, zero and
 * negative-zero deposits, debt at and above the card limit, zero wages and shares, every flag byte, the
 * unemployed and the delinquent) run for several months through both, with group boundaries and slices that
 * are not multiples of 8, and months that fire everyone or no one, hire everyone or no one, and push every
 * reviewer to one rule. Every array element is compared by its raw bits, and every total of every slice.
 */
class VectorKernelTest {
    private static final int[] GROUP_END = {4_001, 8_003, 20_011};
    private static final double WAGE = 5000;

    @Test
    void theVectorKernelGivesTheScalarKernelsBitsOnAnAdversarialPopulation() {
        assertTrue(KernelKind.vectorModulePresent(), "the tests run with --add-modules jdk.incubator.vector (pom.xml)");
        assumeTrue(VectorKernel.usable(), "this CPU has no vectors of 4 doubles");
        String lanes = System.getProperty("vectorKernel.lanes");
        if (lanes != null) {
            assertEquals(Integer.parseInt(lanes), VectorKernel.lanes(), "the JVM options give this vector width");
        }
        for (int sliceSize : new int[] {1_003, 13, 4_096}) {
            Run scalar = new Run(sliceSize, KernelKind.SCALAR);
            Run vector = new Run(sliceSize, KernelKind.VECTOR);
            double[] exercised = new double[GroupSum.COUNT];
            for (int month = 0; month < Month.values().length; month++) {
                scalar.month(Month.values()[month], month);
                vector.month(Month.values()[month], month);
                String where = VectorKernel.lanes() + " lanes, slices of " + sliceSize + ", month "
                        + Month.values()[month];
                assertSameBits(scalar.h, vector.h, where);
                for (int s = 0; s < scalar.partial.length; s++) {
                    assertArrayEquals(bits(scalar.partial[s]), bits(vector.partial[s]), where + ", totals of slice " + s);
                    for (int k = 0; k < exercised.length; k++) {
                        exercised[k] += Math.abs(scalar.partial[s][k]);
                    }
                }
            }
            for (GroupSum total : List.of(GroupSum.BORROWING, GroupSum.REPAYMENT, GroupSum.CHARGE_OFF,
                    GroupSum.DELINQUENT_DEBT, GroupSum.BENEFITS, GroupSum.TREND, GroupSum.INVESTING_WEALTH)) {
                assertTrue(exercised[total.ordinal()] > 0, "the population exercises " + total);
            }
        }
    }

    @Test
    void theScalarKernelSumsByLanePositionWhateverTheSlices() {
        Run coarse = new Run(4_096, KernelKind.SCALAR);
        Run fine = new Run(13, KernelKind.SCALAR);
        for (int month = 0; month < Month.values().length; month++) {
            coarse.month(Month.values()[month], month);
            fine.month(Month.values()[month], month);
            assertSameBits(coarse.h, fine.h, "month " + Month.values()[month]);
        }
    }

    private static void assertSameBits(HouseholdArrays a, HouseholdArrays b, String where) {
        assertArrayEquals(bits(a.deposits), bits(b.deposits), where + ": deposits");
        assertArrayEquals(bits(a.debt), bits(b.debt), where + ": debt");
        assertArrayEquals(bits(a.wealthSmoothed), bits(b.wealthSmoothed), where + ": wealthSmoothed");
        assertArrayEquals(bits(a.wealthReference), bits(b.wealthReference), where + ": wealthReference");
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

    /** The month's group-level inputs: chances, prices, portfolio flows, caution, credit line, card rate. */
    private enum Month {
        CALM(0.01, 0.02, 0.5, 1.0, 1.0, 1.0, 0.015),
        FIRE_ALL_HIRE_NONE(1.0, 0.0, 1.0, 1.1, 0.9, 0.6, 0.02),
        FIRE_NONE_HIRE_ALL(0.0, 1.0, 0.0, 0.95, 0.75, 0.2, 0.01),
        STRESS(0.2, 0.0, 0.3, 1.3, 0.8, 0.05, 0.2),
        RECOVERY(0.0, 0.4, 0.7, 1.0, 1.0, 1.0, 0.0);

        final double fire;
        final double hire;
        final double trend;
        final double price;
        final double caution;
        final double creditLine;
        final double cardRate;

        Month(double fire, double hire, double trend, double price, double caution, double creditLine, double cardRate) {
            this.fire = fire;
            this.hire = hire;
            this.trend = trend;
            this.price = price;
            this.caution = caution;
            this.creditLine = creditLine;
            this.cardRate = cardRate;
        }
    }

    /** One population and one kernel over it. */
    private static final class Run {
        final HouseholdArrays h = population();
        final SliceLayout layout;
        final double[][] partial;
        final MonthKernel kernel;

        Run(int sliceSize, KernelKind kind) {
            layout = new SliceLayout(h.size, sliceSize);
            partial = new double[layout.count()][3 * GroupSum.COUNT];
            HouseholdParams params = new HouseholdParams(132e6, 2000, 0.45, 0.26, 2, 24, 0.1, 0.12, 0.05, 0.4,
                    List.of(group(HouseholdGroup.TOP, 0.2, 0.8, 0.6, 0.45, true, 0.02),
                            group(HouseholdGroup.MIDDLE, 0.2, 0.15, 0.3, 0.22, true, 0.01),
                            group(HouseholdGroup.BOTTOM, 0.6, 0.05, 0.1, 0.33, false, 0)),
                    new BeliefParams(0.35, 0.4, 4, 0.5, 0.85));
            kernel = new MonthKernel(h, params, params.groups().toArray(new GroupParams[0]), layout, partial);
            kernel.use(kind);
            double[] mpc = {0.5, 0.9, 1.3};
            System.arraycopy(mpc, 0, kernel.mpc(), 0, 3);
        }

        private static GroupParams group(HouseholdGroup g, double population, double equity, double bonds,
                double consumption, boolean investing, double wealthSpending) {
            return new GroupParams(g, population, WAGE, 0.3, 0, equity, bonds, 0, consumption, 0.05, 1.5, 1, 3,
                    investing, 1, wealthSpending);
        }

        void month(Month m, int month) {
            for (int g = 0; g < 3; g++) {
                kernel.fire()[g] = m.fire * (g + 1) / 3;
                kernel.residualPerShare()[g] = (month % 2 == 0 ? 1 : -1) * 150.0 * (g + 1);
                kernel.portfolioPerShare()[g] = 1_000_000.0 / (g + 1) * (1 + 0.1 * month);
                kernel.capitalIncomePerShare()[g] = 400.0 / (g + 1);
            }
            kernel.fire()[2] = m.fire;
            kernel.prepare(m.price, m.hire, m.trend, m.cardRate, 7, month, new int[] {1, 2, 3},
                    new double[] {m.caution, m.caution, m.caution}, m.creditLine);
            for (int s = 0; s < layout.count(); s++) {
                kernel.run(s);
            }
        }

        /** Households in every corner of the state space, the same for every run (a fixed seed). */
        private static HouseholdArrays population() {
            HouseholdArrays h = new HouseholdArrays(GROUP_END);
            SplittableRandom random = new SplittableRandom(20_011);
            for (int i = 0; i < h.size; i++) {
                float wage = (float) (i % 17 == 0 ? 0 : WAGE * Math.exp(random.nextGaussian() * 0.6));
                h.wage[i] = wage;
                h.share[i] = (float) (i % 23 == 0 ? 0 : random.nextDouble() * 2);
                h.deposits[i] = deposits(i, random);
                h.debt[i] = debt(i, wage, random);
                double wealth = h.deposits[i] - h.debt[i] + random.nextGaussian() * 50_000;
                h.wealthSmoothed[i] = (float) wealth;
                h.wealthReference[i] = (float) (wealth * (0.5 + random.nextDouble()));
                h.consumption[i] = (float) (WAGE * random.nextDouble());
                h.flags[i] = (byte) (i * 37);
            }
            return h;
        }

        private static double deposits(int i, SplittableRandom random) {
            switch (i % 7) {
                case 0:
                    return 0.0;
                case 1:
                    return -0.0;
                case 2:
                    return -random.nextDouble() * 20_000;
                case 3:
                    return random.nextDouble() * 1e-3;
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
                default:
                    return 0.0;
            }
        }
    }
}
