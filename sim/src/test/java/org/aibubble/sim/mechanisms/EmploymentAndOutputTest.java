package org.aibubble.sim.mechanisms;

import static org.aibubble.sim.mechanisms.MechanismRuns.start;
import static org.aibubble.sim.mechanisms.MechanismRuns.step;
import static org.aibubble.sim.mechanisms.MechanismRuns.world;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.economy.World;
import org.aibubble.sim.engine.AiEconomySim;
import org.junit.jupiter.api.Test;

/** AI productivity with a lag slows hiring; high real rates cut other firms' investment. */
class EmploymentAndOutputTest {
    private static final int LAG = 6;

    @Test
    void aiAdoptionRaisesProductivityAfterTheLagAndCutsEmployment() {
        String lag = "labs.adoption.productivityLagMonths=" + LAG;
        String fast = "labs.adoption.diffusionRate=4";
        AiEconomySim none = start(lag, fast, "labs.adoption.productivityGain=0");
        AiEconomySim gain = start(lag, fast, "labs.adoption.productivityGain=0.3");
        step(none, LAG - 1);
        step(gain, LAG - 1);
        assertArrayEquals(none.economy().lastRow(), gain.economy().lastRow(), "no gain before the lag has passed");
        step(none, 10);
        step(gain, 10);
        World a = world(none);
        World b = world(gain);
        assertTrue(b.aiDemand().laggedAdoption() > 0.11, "adoption has spread: " + b.aiDemand().laggedAdoption());
        assertTrue(b.otherFirms().employmentTarget() < a.otherFirms().employmentTarget() - 0.005,
                "firms want fewer workers: " + a.otherFirms().employmentTarget() + " -> " + b.otherFirms().employmentTarget());
        assertTrue(b.households().unemployment() > a.households().unemployment());
    }

    @Test
    void aHighRealRateCutsOtherFirmsInvestment() {
        double neutral = world(start("fed.policyRate0=0.037")).otherFirms().investment();
        double tight = world(start("fed.policyRate0=0.07")).otherFirms().investment();
        double easy = world(start("fed.policyRate0=0.01")).otherFirms().investment();
        assertEquals(300.0, neutral, 1e-9, "at the neutral real rate (1% + 2.7% expected inflation) investment is as configured");
        assertEquals(300.0 * (1 - 8 * 0.033), tight, 1e-9, "8 per unit of real rate above neutral");
        assertTrue(easy > neutral);
        double deaf = world(start("fed.policyRate0=0.07", "macro.investmentRateSensitivity=0")).otherFirms().investment();
        assertEquals(300.0, deaf, 1e-9);
    }
}
