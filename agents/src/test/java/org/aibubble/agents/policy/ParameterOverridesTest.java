package org.aibubble.agents.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.aibubble.agents.config.FedParameter;
import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.config.MonetaryRuleName;
import org.aibubble.agents.policy.rules.FedRulesFixture;
import org.junit.jupiter.api.Test;

/** Fed parameters set by events: in force for their decisions, replaced by a later one, then the config's again. */
class ParameterOverridesTest {
    private final FedParams configured = FedRulesFixture.fed(MonetaryRuleName.TAYLOR);

    @Test
    void withNoneActiveTheConfiguredParametersAreInForce() {
        assertSame(configured, new ParameterOverrides().applyTo(configured));
    }

    @Test
    void anOverrideHoldsForItsDecisionsThenTheConfiguredValueAgain() {
        ParameterOverrides overrides = new ParameterOverrides();
        overrides.set(FedParameter.INFLATION_WEIGHT, 2.5, 2);
        overrides.set(FedParameter.QE_PER_MONTH, 250, 3);
        FedParams first = overrides.applyTo(configured);
        assertEquals(2.5, first.inflationWeight(), 0.0);
        assertEquals(250, first.qePerMonth(), 0.0);
        assertEquals(configured.unemploymentWeight(), first.unemploymentWeight(), 0.0);
        assertEquals(configured.inertia(), first.inertia(), 0.0, "every other parameter as configured");
        overrides.countDecision();
        assertEquals(2.5, overrides.applyTo(configured).inflationWeight(), 0.0, "second decision");
        overrides.countDecision();
        FedParams third = overrides.applyTo(configured);
        assertEquals(configured.inflationWeight(), third.inflationWeight(), 0.0, "two decisions used up");
        assertEquals(250, third.qePerMonth(), 0.0, "three decisions: still in force");
        overrides.countDecision();
        assertSame(configured, overrides.applyTo(configured));
    }

    @Test
    void aLaterOverrideOfTheSameParameterReplacesTheEarlierOne() {
        ParameterOverrides overrides = new ParameterOverrides();
        overrides.set(FedParameter.UNEMPLOYMENT_WEIGHT, 3, 10);
        overrides.set(FedParameter.UNEMPLOYMENT_WEIGHT, 0.2, 1);
        assertEquals(0.2, overrides.applyTo(configured).unemploymentWeight(), 0.0);
        overrides.countDecision();
        assertSame(configured, overrides.applyTo(configured), "the later one's single decision, not the earlier ten");
    }
}
