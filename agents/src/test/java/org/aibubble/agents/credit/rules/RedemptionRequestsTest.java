package org.aibubble.agents.credit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.config.FundBehaviour;
import org.aibubble.agents.credit.FundBehaviours;
import org.junit.jupiter.api.Test;

class RedemptionRequestsTest {
    private static final FundBehaviour B = FundBehaviours.baseline();
    private static final RedemptionRequests.Drivers CALM = drivers(0.10, 0, 0, 0, 0, 0);

    private static RedemptionRequests.Drivers drivers(double yearlyReturn, double gated, double drawdown, double news,
            double wave, double stressAsked) {
        return new RedemptionRequests.Drivers(0.04, yearlyReturn, gated, drawdown, news, wave, stressAsked);
    }

    private static double share(RedemptionRequests.Drivers d) {
        return RedemptionRequests.of(B, 0, d).share();
    }

    @Test
    void calmRequestsAreTheBaseAndTheFundsBias() {
        assertEquals(0.015, share(CALM), 1e-15);
        assertEquals(0.025, RedemptionRequests.of(B, 0.01, CALM).share(), 1e-15);
        assertEquals(0.0, RedemptionRequests.of(B, 0, CALM).stressAsked(), 0.0, "no stress acted on");
    }

    @Test
    void eachDriverAddsItsSensitivityOnFreshStress() {
        double base = share(CALM);
        assertEquals(1.5 * 0.02, share(drivers(0.02, 0, 0, 0, 0, 0)) - base, 1e-12, "return 2pp below the policy rate");
        assertEquals(0.1 * 0.5, share(drivers(0.10, 0.5, 0, 0, 0, 0)) - base, 1e-12, "half the funds gated");
        assertEquals(0.15 * 0.4, share(drivers(0.10, 0, 0.4, 0, 0, 0)) - base, 1e-12, "AI drawdown 40%");
        assertEquals(0.005 * 2, share(drivers(0.10, 0, 0, 2, 0, 0)) - base, 1e-12, "news two s.d.");
        assertEquals(0.08, share(drivers(0.10, 0, 0, 0, 0.08, 0)) - base, 1e-12, "a redemption wave");
    }

    @Test
    void aLastingStressIsAskedOnceAndThenOnlyAsFarAsTheMemoryFades() {
        RedemptionRequests.Requests first = RedemptionRequests.of(B, 0, drivers(0.10, 0, 0.4, 0, 0, 0));
        assertEquals(0.06, first.stressAsked(), 1e-12);
        RedemptionRequests.Requests second = RedemptionRequests.of(B, 0, drivers(0.10, 0, 0.4, 0, 0, first.stressAsked()));
        assertEquals(0.015 + 0.06 * (1 - 0.85), second.share(), 1e-12, "the faded part is asked again");
        assertEquals(0.06, second.stressAsked(), 1e-12, "the stress acted on stays the stress");
        RedemptionRequests.Requests worse = RedemptionRequests.of(B, 0, drivers(0.10, 0, 0.6, 0, 0, first.stressAsked()));
        assertEquals(0.015 + 0.09 - 0.85 * 0.06, worse.share(), 1e-12, "new bad news is asked in full");
        RedemptionRequests.Requests better = RedemptionRequests.of(B, 0, drivers(0.10, 0, 0.1, 0, 0, first.stressAsked()));
        assertEquals(0.015, better.share(), 1e-12, "a stress that eases adds nothing");
        assertEquals(0.85 * 0.06, better.stressAsked(), 1e-12, "and the memory fades");
    }

    @Test
    void withoutMemoryTheWholeStressIsAskedEveryQuarter() {
        FundBehaviour b = FundBehaviours.withFearMemory(0);
        RedemptionRequests.Drivers lasting = drivers(0.10, 0, 0.4, 0, 0, 0.06);
        assertEquals(0.015 + 0.06, RedemptionRequests.of(b, 0, lasting).share(), 1e-12);
        assertTrue(RedemptionRequests.of(B, 0, lasting).share() < RedemptionRequests.of(b, 0, lasting).share());
    }

    @Test
    void aReturnAbovePolicyAddsNothingAndRequestsAreNeverNegative() {
        assertEquals(0.015, share(drivers(0.50, 0, 0, 0, 0, 0)), 1e-15);
        assertEquals(0.0, share(drivers(0.10, 0, 0, -10, 0, 0)), 0.0);
    }
}
