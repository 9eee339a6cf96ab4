package org.aibubble.agents.firms.rules;

import org.aibubble.agents.config.CapexParams;
import org.aibubble.agents.config.FundingParams;

/** The baseline's capex and funding parameters (configs/baseline.yaml), for rule tests. */
public final class BaselineCapex {
    private BaselineCapex() {
    }

    /** @return hyperscalers.capex of the baseline */
    public static CapexParams capex() {
        return new CapexParams(0.5, 6, 5, 20, 0.35, 0.6, 0.5, 1.0, 1.0, 0.04, 0.08, 3, 0.9, 0.47, 0.3, 0.5, 0.25,
                0.05, 0.5, 0.2, 6, 24, 12);
    }

    /** @return hyperscalers.funding of the baseline */
    public static FundingParams funding() {
        return new FundingParams(0.02, 15, 0.3, 12);
    }
}
