package org.aibubble.agents.credit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.aibubble.agents.config.FundBehaviour;
import org.aibubble.agents.credit.FundBehaviours;
import org.junit.jupiter.api.Test;

class RedemptionRequestsTest {
    private static final FundBehaviour B = FundBehaviours.baseline();
    private static final RedemptionRequests.Drivers CALM = new RedemptionRequests.Drivers(0.04, 0.10, 0, 0, 0, 0);

    @Test
    void calmRequestsAreTheBaseAndTheFundsBias() {
        assertEquals(0.015, RedemptionRequests.share(B, 0, CALM), 1e-15);
        assertEquals(0.025, RedemptionRequests.share(B, 0.01, CALM), 1e-15);
    }

    @Test
    void eachDriverAddsItsSensitivity() {
        double base = RedemptionRequests.share(B, 0, CALM);
        assertEquals(1.5 * 0.02, RedemptionRequests.share(B, 0,
                new RedemptionRequests.Drivers(0.04, 0.02, 0, 0, 0, 0)) - base, 1e-12, "return 2pp below the policy rate");
        assertEquals(0.02 * 0.5, RedemptionRequests.share(B, 0,
                new RedemptionRequests.Drivers(0.04, 0.10, 0.5, 0, 0, 0)) - base, 1e-12, "half the funds gated");
        assertEquals(0.1 * 0.4, RedemptionRequests.share(B, 0,
                new RedemptionRequests.Drivers(0.04, 0.10, 0, 0.4, 0, 0)) - base, 1e-12, "AI drawdown 40%");
        assertEquals(0.005 * 2, RedemptionRequests.share(B, 0,
                new RedemptionRequests.Drivers(0.04, 0.10, 0, 0, 2, 0)) - base, 1e-12, "news two s.d.");
        assertEquals(0.08, RedemptionRequests.share(B, 0,
                new RedemptionRequests.Drivers(0.04, 0.10, 0, 0, 0, 0.08)) - base, 1e-12, "a redemption wave");
    }

    @Test
    void aReturnAbovePolicyAddsNothingAndRequestsAreNeverNegative() {
        assertEquals(0.015, RedemptionRequests.share(B, 0, new RedemptionRequests.Drivers(0.04, 0.50, 0, 0, 0, 0)), 1e-15);
        assertEquals(0.0, RedemptionRequests.share(B, 0, new RedemptionRequests.Drivers(0.04, 0.10, 0, 0, -10, 0)), 0.0);
    }
}
