package org.aibubble.sim.mechanisms;

import static org.aibubble.sim.mechanisms.MechanismRuns.start;
import static org.aibubble.sim.mechanisms.MechanismRuns.step;
import static org.aibubble.sim.mechanisms.MechanismRuns.world;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.economy.World;
import org.aibubble.agents.markets.BondInputs;
import org.aibubble.sim.engine.AiEconomySim;
import org.junit.jupiter.api.Test;

/** AI productivity with a lag slows hiring; high real rates cut other firms' investment. */
class EmploymentAndOutputTest {
    private static final int LAG = 6;

    @Test
    void aiAdoptionRaisesProductivityAfterTheLagAndCutsEmployment() {
        String lag = "labs.adoption.productivityLagMonths=" + LAG;
        String fast = "labs.adoption.diffusionRate=4";
        String flat = "markets.aiGrowthPremium=0";
        AiEconomySim none = start(lag, fast, flat, "labs.adoption.productivityGain=0");
        AiEconomySim gain = start(lag, fast, flat, "labs.adoption.productivityGain=0.3");
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
    void aHigherRealLongRateCutsOtherFirmsInvestment() {
        World start = world(start());
        assertEquals(300.0, start.otherFirms().investment(), 1e-9, "at the starting real 10-year yield investment is as configured");
        assertEquals(300.0, start.otherFirms().investmentAt(start.bonds().yield10y()), 1e-9);
        start.bonds().shockTermPremium(0.02, 12);
        reprice(start);
        assertEquals(300.0 * (1 - 8 * 0.02), start.otherFirms().investmentAt(start.bonds().yield10y()), 1e-6, "8 per unit of real 10-year above its start");
        start.bonds().shockTermPremium(-0.02, 12);
        reprice(start);
        assertTrue(start.otherFirms().investmentAt(start.bonds().yield10y()) > 300.0, "lower long rates (as with QE) raise it");
        World deaf = world(start("macro.investmentRateSensitivity=0"));
        deaf.bonds().shockTermPremium(0.02, 12);
        reprice(deaf);
        assertEquals(300.0, deaf.otherFirms().investmentAt(deaf.bonds().yield10y()), 1e-9);
    }

    /** Moves the bond market once more on the Fed's current stance, as the POLICY phase does. */
    private static void reprice(World w) {
        w.bonds().update(new BondInputs(w.fed().policyRate(),
                w.fed().neutralNominalRate(w.config().macro().inflationTarget()), w.fed().qeHoldings(),
                w.config().fed().qeTermPremiumPerTrillion(), w.fed().stressIndex()));
    }
}
