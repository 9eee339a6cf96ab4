package org.aibubble.sim.mechanisms;

import static org.aibubble.sim.mechanisms.MechanismRuns.start;
import static org.aibubble.sim.mechanisms.MechanismRuns.step;
import static org.aibubble.sim.mechanisms.MechanismRuns.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.config.EventType;
import org.aibubble.agents.credit.PrivateCreditFund;
import org.aibubble.agents.economy.World;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.sim.engine.AiEconomySim;
import org.junit.jupiter.api.Test;

/** Private-credit funds: quarterly redemptions, the gate and its queue, fire sales, lending capacity, subscriptions. */
class PrivateCreditMechanismsTest {
    /** The first quarter end of a January start: March, month index 2. */
    private static final int MARCH = 2;

    @Test
    void investorsAskForRedemptionsOnlyAtQuarterEnds() {
        AiEconomySim sim = start();
        for (int m = 0; m < 6; m++) {
            step(sim, 1);
            double requested = world(sim).funds().get(0).requested();
            if (m == MARCH || m == MARCH + 3) {
                assertTrue(requested > 0, "quarter end, month " + m);
            } else {
                assertEquals(0.0, requested, 0.0, "month " + m);
            }
        }
    }

    @Test
    void theGatePaysAtMostGateTimesNavAndQueuesTheRest() {
        AiEconomySim sim = waveUntilMarch(0.3, "privateCredit.behaviour.gate=0.05");
        PrivateCreditFund fund = world(sim).funds().get(0);
        double navBefore = navBeforeMarch;
        assertTrue(fund.gated());
        assertTrue(fund.paid() > 0.045 * navBefore && fund.paid() < 0.055 * navBefore,
                "paid " + fund.paid() + " of NAV " + navBefore);
        assertEquals(fund.requested(), fund.paid() + fund.queue(), 1e-9, "what is not paid is queued");
        assertTrue(fund.queue() > 0.2 * navBefore);

        PrivateCreditFund open = world(waveUntilMarch(0.3, "privateCredit.behaviour.gate=0.5")).funds().get(0);
        assertFalse(open.gated());
        assertEquals(open.requested(), open.paid(), 1e-9, "under a wide gate everything is paid");
        assertEquals(0.0, open.queue(), 1e-9);
    }

    @Test
    void aFundShortOfCashSellsLoansAtADiscount() {
        World calm = world(waveUntilMarch(0, "privateCredit.behaviour.gate=0.5"));
        World sold = world(waveUntilMarch(0.3, "privateCredit.behaviour.gate=0.5"));
        World free = world(waveUntilMarch(0.3, "privateCredit.behaviour.gate=0.5",
                "privateCredit.behaviour.fireSaleDiscount=0"));
        PrivateCreditFund fund = sold.funds().get(0);
        double loansCalm = loans(calm, calm.funds().get(0));
        double loansSold = loans(sold, fund);
        assertTrue(loansSold < loansCalm - 0.2 * fund.paid(), "loans sold to pay: " + loansCalm + " -> " + loansSold);
        double lossAtDiscount = (free.funds().get(0).nav() + free.funds().get(0).paid()) - (fund.nav() + fund.paid());
        assertTrue(lossAtDiscount > 0.05 * (loansCalm - loansSold),
                "the discount is a loss to NAV: " + lossAtDiscount);
    }

    @Test
    void lendingIsLimitedByCapacityWhichAQueueUsesUp() {
        World calm = world(waveUntilMarch(0));
        World gated = world(waveUntilMarch(0.3));
        assertTrue(gated.privateCreditCapacity() < calm.privateCreditCapacity(),
                "capacity " + calm.privateCreditCapacity() + " -> " + gated.privateCreditCapacity());
        PrivateCreditFund fund = calm.funds().get(0);
        double capacity = fund.lendingCapacity();
        assertEquals(capacity, fund.lend(1e6), 0.0, "no more than the capacity");
        assertEquals(0.0, fund.lend(1.0), 0.0, "and then nothing");
    }

    @Test
    void aGatedFundTakesNoNewSubscriptions() {
        AiEconomySim sim = start("privateCredit.funds[0].redemptionBias=0.3");
        step(sim, MARCH + 1);
        World w = world(sim);
        assertTrue(w.funds().get(0).gated(), "the fund its investors flee is gated");
        assertFalse(w.funds().get(1).gated());
        step(sim, 3);
        assertEquals(0.0, w.funds().get(0).subscribed(), 0.0, "no new money into a gated fund");
        assertTrue(w.funds().get(1).subscribed() > 0, "an open fund still takes new money");
    }

    private double navBeforeMarch;

    /** @return a run with a redemption wave of {@code size} from the start, stepped through March */
    private AiEconomySim waveUntilMarch(double size, String... sets) {
        AiEconomySim sim = start(sets);
        if (size > 0) {
            world(sim).events().fireNow(EventType.REDEMPTION_WAVE, size, 12);
        }
        step(sim, MARCH);
        navBeforeMarch = world(sim).funds().get(0).nav();
        step(sim, 1);
        return sim;
    }

    private static double loans(World w, PrivateCreditFund fund) {
        return w.ledger().assets(fund.account(), Instrument.PRIVATE_CREDIT_LOANS);
    }
}
