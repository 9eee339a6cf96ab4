package org.aibubble.sim.mechanisms;

import static org.aibubble.sim.mechanisms.MechanismRuns.config;
import static org.aibubble.sim.mechanisms.MechanismRuns.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.policy.Fed;
import org.aibubble.agents.policy.FedTier;
import org.aibubble.sim.engine.AiEconomySim;
import org.junit.jupiter.api.Test;

/**
 * The Fed's path over an ensemble of baseline runs (ten years each, at least eight seeds and on until two QE
 * programmes have been seen, as severe busts are rare): it holds the 2025-12 rate at the start, moves in whole
 * steps within the cap, launches QE only in the severe tier at the floor, and every programme buys at most its
 * size and ends.
 */
class FedEnsembleTest {
    private static final int MIN_SEEDS = 8;
    private static final int MAX_SEEDS = 60;
    private static final int PROGRAMMES_WANTED = 2;
    /** Enough households that sampling noise in unemployment (about 0.4 points at 1,500) does not move the rule. */
    private static final String HOUSEHOLDS = "run.households=10000";
    private static final int MONTHS = 120;
    private static final int START_MONTHS = 6;

    @Test
    void theFedsPathOverTenYearsOfEightSeeds() {
        int programmes = 0;
        int ended = 0;
        int seeds = 0;
        for (long seed = 1; seed <= MAX_SEEDS && (seeds < MIN_SEEDS || programmes < PROGRAMMES_WANTED); seed++) {
            seeds++;
            AiEconomySim sim = new AiEconomySim(config(seed, HOUSEHOLDS));
            sim.start();
            Fed fed = world(sim).fed();
            FedParams p = world(sim).config().fed();
            double rate = fed.policyRate();
            double spell = 0;
            int spellMonths = 0;
            for (int m = 1; m <= MONTHS; m++) {
                sim.stepMonth();
                double move = fed.policyRate() - rate;
                String at = "seed " + seed + " month " + m;
                assertTrue(Math.abs(move) <= p.severeMaxMove() + 1e-12, at + ": move " + move);
                double steps = move / p.rateStep();
                assertTrue(fed.policyRate() <= p.floor() + 1e-12 || Math.abs(steps - Math.rint(steps)) < 1e-6,
                        at + ": a move of whole steps, " + move);
                if (m <= START_MONTHS) {
                    assertEquals(p.policyRate0(), fed.policyRate(), 1e-12, at + ": the 2025-12 stance holds");
                }
                if (fed.qeFlow() > 0) {
                    if (spellMonths == 0) {
                        programmes++;
                        assertEquals(FedTier.SEVERE, fed.tier(), at + ": a programme starts only in the severe tier");
                        assertTrue(fed.policyRate() <= p.floor() + p.qeFloorDistance() + 1e-12, at + ": at the floor");
                    }
                    spell += fed.qeFlow();
                    spellMonths++;
                    assertTrue(spell <= p.qeSize() + 1e-6, at + ": a programme buys at most its size");
                } else if (spellMonths > 0) {
                    ended++;
                    spell = 0;
                    spellMonths = 0;
                }
                rate = fed.policyRate();
            }
        }
        assertTrue(programmes >= PROGRAMMES_WANTED, "some seeds reach the severe tier and do QE: " + programmes
                + " programmes in " + seeds + " seeds");
        assertTrue(ended >= programmes - seeds, "every programme ends unless it is still running at month 120: "
                + ended + " of " + programmes);
    }
}
