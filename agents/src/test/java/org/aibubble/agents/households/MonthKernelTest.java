package org.aibubble.agents.households;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.aibubble.agents.config.BeliefParams;
import org.aibubble.agents.config.GroupParams;
import org.aibubble.agents.config.HouseholdGroup;
import org.aibubble.agents.config.HouseholdParams;
import org.aibubble.agents.parallel.SliceLayout;
import org.junit.jupiter.api.Test;

/**
 * The household month on three hand-made households (one per group of the K): the asymmetric, lagged wealth
 * effect, card borrowing when deposits run out, the card limit, delinquency and charge-offs, and precautionary
 * saving. Each test compares two otherwise identical households or months.
 */
class MonthKernelTest {
    private static final int TOP = 0;
    private static final int BOTTOM = 2;
    private static final double LOSS_AVERSION = 1.5;
    private static final double CARD_RATE = 0.015;
    private static final double TRANSFER = 2000;
    private static final double TAX = 0.26;
    private static final double WAGE = 5000;
    private static final double PORTFOLIO = 1_000_000;
    private static final double SHOCK = 100_000;

    @Test
    void aLossCutsSpendingLossAversionTimesAsMuchAsAnEqualGainAddsIt() {
        double calm = topSpending(3, PORTFOLIO, 1);
        double gain = topSpending(3, PORTFOLIO + SHOCK, 1) - calm;
        double loss = calm - topSpending(3, PORTFOLIO - SHOCK, 1);
        assertTrue(gain > 0, "a gain adds to spending: " + gain);
        assertEquals(LOSS_AVERSION, loss / gain, 1e-6);
    }

    /**
     * With spending out of the level of wealth too, the whole response on impact - level term and fading effect -
     * is lossAversion times larger for a loss: the asymmetry is not diluted by the symmetric level term.
     */
    @Test
    void withSpendingOutOfTheLevelOfWealthTheWholeResponseToALossIsLossAversionTimesLarger() {
        double wealthSpending = 0.03;
        double calm = topSpendingPathSpending(wealthSpending, 3, PORTFOLIO);
        double gain = topSpendingPathSpending(wealthSpending, 3, PORTFOLIO + SHOCK) - calm;
        double loss = calm - topSpendingPathSpending(wealthSpending, 3, PORTFOLIO - SHOCK);
        double levelOnly = (0.25 * SHOCK) * wealthSpending / 12;
        assertTrue(gain > 1.5 * levelOnly, "the fading effect adds to the level term: " + gain + " vs " + levelOnly);
        assertEquals(LOSS_AVERSION, loss / gain, 1e-6);
    }

    /**
     * The loss weight follows the change of wealth, not its level against a reference: a fall from a high is a loss
     * even while wealth is still above where it started.
     */
    @Test
    void aFallFromAHighWeighsAsALossWhileWealthIsStillUp() {
        // shocks of 1M dwarf the month's saving (a few thousand), which also changes wealth: the ratio is within 0.2%
        double big = 10 * SHOCK;
        double stay = topSpendingPath(0, PORTFOLIO + 2 * big, PORTFOLIO + 2 * big);
        double fall = topSpendingPath(0, PORTFOLIO + 2 * big, PORTFOLIO + big);
        double rise = topSpendingPath(0, PORTFOLIO + 2 * big, PORTFOLIO + 3 * big);
        assertEquals(LOSS_AVERSION, (stay - fall) / (rise - stay), 0.005);
    }

    @Test
    void theEffectOfAChangeFadesAsHouseholdsGetUsedToTheirWealth() {
        double once = topSpendingPath(0, PORTFOLIO + SHOCK) - topSpendingPath(0, PORTFOLIO);
        double later = topSpendingPath(0, PORTFOLIO + SHOCK, PORTFOLIO + SHOCK)
                - topSpendingPath(0, PORTFOLIO, PORTFOLIO);
        // a 24-month reference: the effect fades 1/24 a month (less a little: the extra spending of the first month
        // is itself a loss of deposits in the second)
        assertEquals(1 - 1.0 / 24, later / once, 0.01);
        assertTrue(later < once);
    }

    @Test
    void theWealthEffectBuildsUpWithALag() {
        double noLag = topSpending(0, PORTFOLIO + SHOCK, 1) - topSpending(0, PORTFOLIO, 1);
        double lagged1 = topSpending(3, PORTFOLIO + SHOCK, 1) - topSpending(3, PORTFOLIO, 1);
        double lagged2 = topSpending(3, PORTFOLIO + SHOCK, 2) - topSpending(3, PORTFOLIO, 2);
        assertEquals(0.25, lagged1 / noLag, 1e-6, "a three-month mean lag passes a quarter in the first month");
        assertTrue(lagged2 > 1.5 * lagged1, "the effect grows in the second month: " + lagged1 + " -> " + lagged2);
    }

    @Test
    void aBottomHouseholdBorrowsOnItsCardOnlyWhenDepositsRunOut() {
        Harness poor = new Harness(2, 1.3);
        poor.bottom(100, 0);
        poor.month(1.0, 1.0);
        double income = WAGE + TRANSFER - TAX * WAGE;
        double shortfall = 1.3 * income - income - 100;
        assertEquals(0.0, poor.h.deposits[BOTTOM], 1e-9);
        assertEquals(shortfall, poor.h.debt[BOTTOM], 1e-9);
        assertEquals(shortfall, poor.sum(GroupSum.BORROWING, BOTTOM), 1e-9);

        Harness saver = new Harness(2, 1.3);
        saver.bottom(20_000, 0);
        saver.month(1.0, 1.0);
        assertEquals(0.0, saver.h.debt[BOTTOM], 0.0, "deposits cover the gap: no card debt");
        assertEquals(20_000 - shortfall - 100, saver.h.deposits[BOTTOM], 1e-9);
    }

    @Test
    void atTheLimitAnEmployedBorrowerCutsSpendingAndAnUnemployedOneIsDelinquentAndChargedOff() {
        double limit = 3 * WAGE;
        Harness h = new Harness(2, 1.3);
        h.bottom(100, limit - 100);
        h.month(1.0, 1.0);
        double planned = 1.3 * (WAGE + TRANSFER - TAX * WAGE);
        assertTrue(h.sum(GroupSum.CONSUMPTION, BOTTOM) < planned - 1000, "spending cut to what cash and credit allow");
        assertEquals(0.0, h.h.deposits[BOTTOM], 1e-9);
        assertFalse(h.h.has(BOTTOM, HouseholdArrays.DELINQUENT), "employed at the limit: cuts spending, pays");
        assertEquals(0.0, h.sum(GroupSum.CHARGE_OFF, BOTTOM), 0.0);

        Harness jobless = new Harness(2, 1.3);
        jobless.bottom(100, limit - 100);
        jobless.h.flags[BOTTOM] = 0;
        jobless.month(1.0, 1.0);
        assertEquals(0.0, jobless.h.deposits[BOTTOM], 1e-9);
        assertTrue(jobless.h.has(BOTTOM, HouseholdArrays.DELINQUENT), "out of work, maxed out, no deposits: delinquent");
        assertEquals(0.05 * limit, jobless.sum(GroupSum.CHARGE_OFF, BOTTOM), 1e-9, "charge-off rate times the debt");
        assertEquals(0.95 * limit, jobless.h.debt[BOTTOM], 1e-9);
        assertEquals(0.95 * limit, jobless.sum(GroupSum.DELINQUENT_DEBT, BOTTOM), 1e-9);

        Harness fine = new Harness(2, 1.3);
        fine.bottom(100, 0);
        fine.month(1.0, 1.0);
        assertFalse(fine.h.has(BOTTOM, HouseholdArrays.DELINQUENT));
        assertEquals(0.0, fine.sum(GroupSum.CHARGE_OFF, BOTTOM), 0.0);
    }

    @Test
    void highInterestAloneMakesABorrowerDelinquent() {
        Harness h = new Harness(2, 0.9);
        h.bottom(50_000, 5000);
        h.month(1.0, 1.0);
        assertFalse(h.h.has(BOTTOM, HouseholdArrays.DELINQUENT), "interest 75 is under 12% of income");
        Harness high = new Harness(2, 0.9);
        high.bottom(50_000, 5000);
        high.monthAtCardRate(0.2);
        assertTrue(high.h.has(BOTTOM, HouseholdArrays.DELINQUENT), "interest 1000 is over 12% of income 7000");
    }

    @Test
    void aCutCreditLineCapsBorrowingAndSpending() {
        Harness full = new Harness(2, 1.3);
        full.bottom(100, 0);
        full.month(1.0, 1.0);
        Harness cut = new Harness(2, 1.3);
        cut.bottom(100, 0);
        cut.month(1.0, 0.05);
        assertEquals(0.05 * 3 * WAGE, cut.sum(GroupSum.BORROWING, BOTTOM), 1e-9, "borrowing stops at the cut limit");
        assertFalse(cut.h.has(BOTTOM, HouseholdArrays.DELINQUENT), "employed: spending is cut, no delinquency");
        assertTrue(cut.sum(GroupSum.CONSUMPTION, BOTTOM) < full.sum(GroupSum.CONSUMPTION, BOTTOM) - 500);
    }

    @Test
    void cautionCutsSpendingOutOfIncome() {
        Harness calm = new Harness(2, 0.9);
        calm.bottom(20_000, 0);
        calm.month(1.0, 1.0);
        Harness cautious = new Harness(2, 0.9);
        cautious.bottom(20_000, 0);
        cautious.month(0.8, 1.0);
        assertEquals(0.8, cautious.sum(GroupSum.CONSUMPTION, BOTTOM) / calm.sum(GroupSum.CONSUMPTION, BOTTOM), 1e-9);
    }

    /** Spending of the top household after {@code months} months with the portfolio at {@code portfolio}. */
    private static double topSpending(double lagMonths, double portfolio, int months) {
        double[] path = new double[months];
        java.util.Arrays.fill(path, portfolio);
        return topSpendingPath(lagMonths, path);
    }

    /** Spending of the top household in the last month of a path of portfolio values, one a month. */
    private static double topSpendingPath(double lagMonths, double... portfolios) {
        return topSpendingPathSpending(0, lagMonths, portfolios);
    }

    /** As {@link #topSpendingPath(double, double...)} with {@code wealthSpending} of wealth spent a year. */
    private static double topSpendingPathSpending(double wealthSpending, double lagMonths, double... portfolios) {
        Harness h = new Harness(lagMonths, 0.5, wealthSpending);
        h.h.wage[TOP] = 10_000;
        h.h.share[TOP] = 1;
        h.h.deposits[TOP] = 100_000;
        h.h.wealthSmoothed[TOP] = (float) (100_000 + PORTFOLIO);
        h.h.wealthEffect[TOP] = 0;
        h.h.flags[TOP] = HouseholdArrays.EMPLOYED;
        for (double portfolio : portfolios) {
            h.kernel.portfolioPerShare()[TOP] = portfolio;
            h.month(1.0, 1.0);
        }
        return h.sum(GroupSum.CONSUMPTION, TOP);
    }

    /** Three households, one per group, and the kernel over them. */
    private static final class Harness {
        final HouseholdArrays h = new HouseholdArrays(new int[] {1, 2, 3});
        final SliceLayout layout = SliceLayout.of(3);
        final double[][] partial = new double[layout.count()][3 * GroupSum.COUNT];
        final MonthKernel kernel;
        private long month;

        Harness(double lagMonths, double mpc) {
            this(lagMonths, mpc, 0);
        }

        Harness(double lagMonths, double mpc, double wealthSpending) {
            HouseholdParams params = new HouseholdParams(132e6, TRANSFER, 0.45, TAX, lagMonths, 24, 0.1, 0.12, 0.05,
                    0.4, 0.014, 0.5, 9, List.of(group(HouseholdGroup.TOP, 0.2, 0.8, 0.6, 0.45, true, wealthSpending),
                            group(HouseholdGroup.MIDDLE, 0.2, 0.15, 0.3, 0.22, true, wealthSpending),
                            group(HouseholdGroup.BOTTOM, 0.6, 0.05, 0.1, 0.33, false, wealthSpending)),
                    new BeliefParams(0.35, 0.1, 4, 0.5, 0.85));
            kernel = new MonthKernel(h, params, params.groups().toArray(new GroupParams[0]), layout, partial);
            for (int g = 0; g < 3; g++) {
                kernel.mpc()[g] = mpc;
            }
        }

        private static GroupParams group(HouseholdGroup g, double population, double equity, double bonds,
                double consumption, boolean investing, double wealthSpending) {
            return new GroupParams(g, population, WAGE, 0.3, 0, equity, bonds, 0, consumption, 0.05, LOSS_AVERSION,
                    1, 3, investing, 1, wealthSpending, 1);
        }

        void bottom(double deposits, double debt) {
            h.wage[BOTTOM] = (float) WAGE;
            h.deposits[BOTTOM] = deposits;
            h.debt[BOTTOM] = debt;
            h.wealthSmoothed[BOTTOM] = (float) (deposits - debt);
            h.wealthEffect[BOTTOM] = 0;
            h.flags[BOTTOM] = HouseholdArrays.EMPLOYED;
        }

        void month(double caution, double creditLine) {
            run(CARD_RATE, caution, creditLine);
        }

        void monthAtCardRate(double rate) {
            run(rate, 1.0, 1.0);
        }

        private void run(double cardRate, double caution, double creditLine) {
            kernel.prepare(1.0, 1.0, 0, 0.5, cardRate, 7, month++, new int[] {1, 2, 3},
                    new double[] {caution, caution, caution}, creditLine);
            for (int s = 0; s < layout.count(); s++) {
                kernel.run(s);
            }
        }

        double sum(GroupSum total, int group) {
            return partial[0][total.of(group)];
        }
    }
}
