package org.aibubble.agents.households;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.aibubble.agents.config.BeliefParams;
import org.aibubble.agents.config.GroupParams;
import org.aibubble.agents.config.HouseholdGroup;
import org.aibubble.agents.config.HouseholdParams;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.ledger.Sector;
import org.junit.jupiter.api.Test;

/**
 * The household sector on its own, without an economy: a bare ledger with the accounts it pays, and months
 * driven only by its {@link HouseholdInputs}.
 */
class HouseholdSectorTest {
    private static final int N = 5_000;
    private static final double SEPARATION = 0.014;
    private static final double MAX_JOB_FINDING = 0.5;

    @Test
    void firmsWantingMoreWorkersHireAndWantingFewerFire() {
        Sectors calm = new Sectors();
        calm.sector.step(calm.inputs(0, 0.95, List.of(0.6, 0.4)));
        Sectors boom = new Sectors();
        boom.sector.step(boom.inputs(0, 0.99, List.of(0.6, 0.4)));
        Sectors bust = new Sectors();
        bust.sector.step(bust.inputs(0, 0.85, List.of(0.6, 0.4)));
        // bounds: three binomial standard deviations of the month's job losses and hires at N households
        assertEquals(0.05, calm.sector.unemployment(), 0.006, "the target met: churn only, unemployment stays");
        assertEquals(0.05 - MAX_JOB_FINDING * 0.05 + SEPARATION * 0.95, boom.sector.unemployment(), 0.007,
                "hiring capped by matching, less churn");
        assertEquals(0.15, bust.sector.unemployment(), 0.015, "firing: the cut, churn refilled");
    }

    @Test
    void churnMovesWorkersWithoutMovingUnemployment() {
        Sectors s = new Sectors();
        double sum = 0;
        double sumSq = 0;
        int months = 120;
        for (int m = 0; m < months; m++) {
            s.sector.step(s.inputs(m, 0.95, List.of(0.6, 0.4)));
            double gap = s.sector.unemployment() - 0.05;
            sum += gap;
            sumSq += gap * gap;
        }
        double mean = sum / months;
        double sd = Math.sqrt(sumSq / months - mean * mean);
        assertEquals(0, mean, 0.001, "flows balance at the target");
        assertTrue(sd > 0.001 && sd < 0.004, "churn makes unemployment move a little each month: sd " + sd);
        Sectors frozen = new Sectors(0, MAX_JOB_FINDING);
        for (int m = 0; m < 24; m++) {
            frozen.sector.step(frozen.inputs(m, 0.95, List.of(0.6, 0.4)));
            assertEquals(0.05, frozen.sector.unemployment(), 1e-12, "no churn and the target met: nobody moves");
        }
    }

    @Test
    void matchingKeepsUnemploymentAboveTheFrictionalFloor() {
        Sectors s = new Sectors();
        for (int m = 0; m < 60; m++) {
            s.sector.step(s.inputs(m, 1.0, List.of(0.6, 0.4)));
        }
        double floor = SEPARATION / (SEPARATION + MAX_JOB_FINDING);
        assertEquals(floor, s.sector.unemployment(), 0.006, "firms want everyone, matching leaves s / (s + f)");
    }

    @Test
    void consumerAiSpendingGoesToTheLabsByMarketShareAndTheRestToFirms() {
        Sectors s = new Sectors();
        s.sector.step(s.inputs(0, 0.95, List.of(0.75, 0.0)));
        double spending = s.sector.lastConsumption();
        assertTrue(spending > 0);
        double toLab0 = s.ledger.income(s.labs[0], Flow.CONSUMPTION);
        assertEquals(0.75 * Math.min(2.0, spending), toLab0, 1e-9, "the lab's share of households' AI spending");
        assertEquals(0, s.ledger.income(s.labs[1], Flow.CONSUMPTION), 0, "a lab with no share sells nothing");
        assertEquals(spending - toLab0, s.ledger.income(s.firms, Flow.CONSUMPTION), 1e-9);
    }

    /** A ledger with the sector's counterparties and a populated, calibrated sector. */
    private static final class Sectors {
        final Ledger ledger = new Ledger();
        final int firms;
        final int[] labs;
        final HouseholdSector sector;

        Sectors() {
            this(SEPARATION, MAX_JOB_FINDING);
        }

        Sectors(double separationRate, double maxJobFinding) {
            ledger.open("bank", Sector.BANK);
            ledger.open("fed", Sector.FED);
            int gov = ledger.open("government", Sector.GOVERNMENT);
            firms = ledger.open("other-firms", Sector.OTHER_FIRMS);
            int[] accounts = new int[3];
            for (HouseholdGroup g : HouseholdGroup.values()) {
                accounts[g.ordinal()] = ledger.open("households:" + g, Sector.HOUSEHOLDS);
            }
            labs = new int[] {ledger.open("lab:a", Sector.LABS), ledger.open("lab:b", Sector.LABS)};
            ledger.freeze();
            sector = new HouseholdSector(params(separationRate, maxJobFinding), ledger, accounts,
                    new HouseholdCounterparties(firms, gov, ledger.bank(), List.of(labs[0], labs[1])), N);
            sector.populate(0.05, 42);
            sector.calibrate(1_000, 0.02 / 12);
        }

        HouseholdInputs inputs(long month, double employmentTarget, List<Double> labShares) {
            return new HouseholdInputs(month, 42, 1.0, 1.0, employmentTarget, 0.2, 0.0, 0.0, 0.0, 2.0, labShares);
        }

        private static HouseholdParams params(double separationRate, double maxJobFinding) {
            return new HouseholdParams(132e6, 2000, 0.45, 0.26, 2, 24, 0.1, 0.12, 0.05, 0.4, separationRate,
                    maxJobFinding, 9,
                    List.of(group(HouseholdGroup.TOP, 0.2, 0.8, 0.45, true, 20_000),
                            group(HouseholdGroup.MIDDLE, 0.2, 0.15, 0.22, true, 8_000),
                            group(HouseholdGroup.BOTTOM, 0.6, 0.05, 0.33, false, 2_000)),
                    new BeliefParams(0.35, 0.1, 4, 0.5, 0.85));
        }

        private static GroupParams group(HouseholdGroup g, double population, double equity, double consumption,
                boolean investing, double deposits) {
            return new GroupParams(g, population, 5_000, 0.3, deposits, equity, equity, 1_000, consumption, 0.05,
                    1.5, 1, 3, investing, 1, 0.01, 1);
        }
    }
}
