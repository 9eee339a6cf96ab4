package org.aibubble.agents.policy.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.config.MonetaryRuleName;
import org.aibubble.agents.config.QePolicy;
import org.aibubble.agents.policy.FedTier;
import org.junit.jupiter.api.Test;

/** A QE programme's life without an economy: launch, pace, taper, end, runoff. */
class QeProgrammeTest {
    private final FedParams p = FedRulesFixture.fed(MonetaryRuleName.TAYLOR);

    /** Steps the programme through the tiers given, the rate at the floor while severe, lifted off otherwise. */
    private List<Double> purchases(QeProgramme[] state, QePolicy setting, FedTier... tiers) {
        List<Double> bought = new ArrayList<>();
        for (FedTier tier : tiers) {
            boolean atFloor = tier == FedTier.SEVERE;
            double q = state[0].purchases(p, setting, tier, atFloor);
            bought.add(q);
            state[0] = state[0].next(p, setting, tier, atFloor, q, !atFloor);
        }
        return bought;
    }

    private static FedTier[] months(FedTier tier, int n) {
        FedTier[] t = new FedTier[n];
        java.util.Arrays.fill(t, tier);
        return t;
    }

    @Test
    void noProgrammeOutsideTheSevereTierOrAwayFromTheFloor() {
        QeProgramme[] s = {QeProgramme.NONE};
        for (FedTier tier : new FedTier[] {FedTier.NONE, FedTier.MILD, FedTier.MODERATE}) {
            assertEquals(0.0, s[0].purchases(p, QePolicy.AUTO, tier, true), 0.0, tier.name());
        }
        assertEquals(0.0, s[0].purchases(p, QePolicy.AUTO, FedTier.SEVERE, false), 0.0, "severe, not at the floor");
        assertEquals(100.0, s[0].purchases(p, QePolicy.AUTO, FedTier.SEVERE, true), 0.0);
        assertEquals(0.0, s[0].purchases(p, QePolicy.OFF, FedTier.SEVERE, true), 0.0);
        assertEquals(100.0, s[0].purchases(p, QePolicy.FORCED, FedTier.NONE, false), 0.0, "forced: every month");
    }

    @Test
    void aProgrammeBuysItsSizeAtItsPaceThenTapersAndEnds() {
        QeProgramme[] s = {QeProgramme.NONE};
        List<Double> bought = purchases(s, QePolicy.AUTO, months(FedTier.SEVERE, 40));
        int end = bought.indexOf(0.0);
        double first = bought.subList(0, end).stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(1500, first, 1e-9, "the programme's size");
        assertEquals(18, end, "11 months at the full pace, then a taper of 90, 80, ... up to the size");
        for (int m = 1; m < end; m++) {
            assertTrue(bought.get(m) <= bought.get(m - 1) + 1e-12, "the pace never rises within a programme");
        }
        assertTrue(bought.get(end - 1) < 100 && bought.get(end - 4) < 100, "the end is a taper, not a stop");
        assertEquals(0.0, bought.subList(end, end + 6).stream().mapToDouble(Double::doubleValue).sum(), 0.0,
                "then six months without purchases, however severe");
        assertEquals(100.0, bought.get(end + 6), 0.0, "and, still severe at the floor, a second programme");
    }

    @Test
    void theEndOfTheSevereTierStartsTheTaperAtOnce() {
        QeProgramme[] s = {QeProgramme.NONE};
        purchases(s, QePolicy.AUTO, months(FedTier.SEVERE, 3));
        List<Double> after = purchases(s, QePolicy.AUTO, months(FedTier.MODERATE, 12));
        assertEquals(90.0, after.get(0), 1e-9, "a tenth of the pace less each month");
        assertEquals(10.0, after.get(8), 1e-9);
        assertEquals(0.0, after.get(9), 0.0);
        assertEquals(QeProgramme.Phase.HOLDING, s[0].phase());
        assertEquals(300 + 450, s[0].bought(), 1e-9);
    }

    @Test
    void holdingsRunOffOnlyAfterTheDelayOnceCalmAndLiftedOff() {
        QeProgramme[] s = {QeProgramme.NONE};
        purchases(s, QePolicy.AUTO, months(FedTier.SEVERE, 20));
        assertEquals(QeProgramme.Phase.HOLDING, s[0].phase());
        purchases(s, QePolicy.AUTO, months(FedTier.MODERATE, 30));
        assertEquals(QeProgramme.Phase.HOLDING, s[0].phase(), "no QT while stress is moderate");
        purchases(s, QePolicy.AUTO, FedTier.MILD);
        assertTrue(s[0].isRunningOff(), "calm, lifted off and long past the delay");
        purchases(s, QePolicy.AUTO, FedTier.MODERATE);
        assertEquals(QeProgramme.Phase.HOLDING, s[0].phase(), "stress pauses QT");
    }

    @Test
    void aSecondProgrammeComesOnlyAfterTheReviewMonths() {
        QeProgramme[] s = {QeProgramme.NONE};
        purchases(s, QePolicy.AUTO, months(FedTier.SEVERE, 3));
        purchases(s, QePolicy.AUTO, months(FedTier.MODERATE, 10));
        assertEquals(QeProgramme.Phase.HOLDING, s[0].phase());
        List<Double> again = purchases(s, QePolicy.AUTO, months(FedTier.SEVERE, 8));
        assertEquals(0.0, again.get(0), 0.0, "just ended");
        assertEquals(100.0, again.get(7), 0.0, "six months on, still severe at the floor: QE2");
        assertEquals(0.0, again.subList(0, 5).stream().mapToDouble(Double::doubleValue).sum(), 0.0);
    }

    @Test
    void refusingQeEndsAProgramme() {
        QeProgramme[] s = {QeProgramme.NONE};
        purchases(s, QePolicy.AUTO, months(FedTier.SEVERE, 3));
        assertEquals(0.0, purchases(s, QePolicy.OFF, FedTier.SEVERE).get(0), 0.0);
        assertEquals(QeProgramme.Phase.HOLDING, s[0].phase());
    }
}
