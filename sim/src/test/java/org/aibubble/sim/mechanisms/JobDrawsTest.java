package org.aibubble.sim.mechanisms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.config.HouseholdParams;
import org.aibubble.agents.economy.World;
import org.aibubble.agents.households.rules.JobFlows;
import org.aibubble.sim.engine.AiEconomySim;
import org.junit.jupiter.api.Test;

/**
 * Unemployment moves with the job flows firms' employment target asks for, plus sampling noise, and nothing else:
 * each month the households' job losses and hires are independent keyed draws against the chances of
 * {@link JobFlows} (churn {@code separationRate} plus the cut firms want; hires refill the churn plus the growth firms
 * want, capped by matching at {@code maxJobFinding} of the unemployed; docs/MODEL.md, section 3), so unemployment
 * misses what those flows make it by about {@code sqrt(N p)} households.
 *
 * <p>Bound: at 10^5 households a month's job losses are about 1,400 households (1.4% churn), whose binomial
 * standard deviation is about 37 households, 0.04 points, and the hires add as much; 0.15 points is more than
 * three standard deviations of both. The quasi-random draws used before moved whole groups of households
 * together: unemployment went from 4.49% to 0.31% in one month of seed 46 with the target almost still.
 */
class JobDrawsTest {
    private static final double BOUND = 0.0015;

    @Test
    void unemploymentMissesWhatTheJobFlowsMakeItOnlyBySamplingNoise() {
        for (long seed = 42; seed < 48; seed++) {
            AiEconomySim sim = new AiEconomySim(MechanismRuns.config(seed, "run.households=100000"));
            sim.start();
            World w = MechanismRuns.world(sim);
            HouseholdParams p = w.config().households();
            double unemployment = w.households().unemployment();
            for (int month = 1; month <= 120; month++) {
                sim.stepMonth();
                double u = w.households().unemployment();
                double t = w.otherFirms().employmentTarget();
                double employed = 1 - unemployment;
                double change = JobFlows.change(t, employed);
                double separations = JobFlows.separations(change, employed, p.separationRate());
                double hires = JobFlows.hireChance(JobFlows.hires(change, employed, p.separationRate()), unemployment,
                        p.maxJobFinding()) * unemployment;
                double expected = unemployment + separations - hires;
                String where = "seed " + seed + ", month " + month + ": unemployment " + unemployment + " -> " + u
                        + ", target employment " + t + ", flows expected " + expected;
                assertTrue(Math.abs(u - expected) < BOUND, where);
                unemployment = u;
            }
            sim.finish();
        }
    }
}
