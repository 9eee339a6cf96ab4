package org.aibubble.agents.policy.rules;

import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.config.MonetaryRuleName;
import org.aibubble.agents.config.QePolicy;
import org.aibubble.agents.config.StressWeights;

/** The baseline's Fed parameters (configs/baseline.yaml), for the rules' tests. */
public final class FedRulesFixture {
    static final StressWeights STRESS = new StressWeights(0.35, 0.30, 0.25, 0.02, 0.2, 0.2, 0.01);

    private FedRulesFixture() {
    }

    /** @return the baseline's Fed parameters with {@code rule} */
    public static FedParams fed(MonetaryRuleName rule) {
        return new FedParams(0.03625, rule, 0.01, 0.5, 0.5, 1.0, 0.9, 0.5, 1.0, 0.00125, 0.00875, 0.0025, 0.0025, 0.005,
                0.0075, 6500, 240, 6, 0.05, STRESS, 0.2, 0.45, 0.75, 0.002, 0.01, 0.0, 0.1, 0.0025, 0.025, 0.005, QePolicy.AUTO, 100,
                1500, 10, 6, 24, 60, 0.5, 0.0025, 0.004);
    }
}
