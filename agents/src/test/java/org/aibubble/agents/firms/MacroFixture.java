package org.aibubble.agents.firms;

import org.aibubble.agents.config.MacroParams;

/** The baseline's macro section (configs/baseline.yaml), for rule tests without a config file. */
public final class MacroFixture {
    private MacroFixture() {
    }

    /** @return the baseline values */
    public static MacroParams baseline() {
        return new MacroParams(1550, 300, 0.045, 0.045, 0.027, 0.02, 0.3, 0.03, 0.12, 0.21, 0.9, 6000, 3000, 30000,
                44000, 300, 0.01, 118, 0.3, 250, 0.6, 4500, 60, 22000, 0.35, 0.5, 0.8, 8, 0.25, 0.1,
                0.02, 1, 0.5, 0.5, 0.995, 0.2, 1.8, 1, 0.5, 0.7, 0.03, 0.04, 6, 18);
    }
}
