package org.aibubble.agents.credit;

import org.aibubble.agents.config.FundBehaviour;

/** The baseline's private-credit behaviour (configs/baseline.yaml), for rule tests without a config file. */
public final class FundBehaviours {
    private FundBehaviours() {
    }

    /** @return the baseline values */
    public static FundBehaviour baseline() {
        return withGate(0.05);
    }

    /** @return the baseline values with another gate (share of NAV per quarter) */
    public static FundBehaviour withGate(double gate) {
        return of(gate, 0.85);
    }

    /** @return the baseline values with another memory of stress already acted on ({@code fearMemory}) */
    public static FundBehaviour withFearMemory(double fearMemory) {
        return of(0.05, fearMemory);
    }

    private static FundBehaviour of(double gate, double fearMemory) {
        return new FundBehaviour(gate, 0.015, 1.5, 0.1, 0.15, 0.005, 0.05, 0.1, 0.3, 0.055, 0.4, 0.02, 0.15, 0.05,
                0.5, 0.03, 48, 0.2, 0.8, 0.5, 2, 0.3, 0.01, fearMemory);
    }
}
