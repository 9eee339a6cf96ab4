package org.aibubble.sim.gui;

import java.util.List;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.config.RunSettings;
import org.aibubble.agents.config.ScenarioSettings;

/** Configs for the GUI tests. */
final class GuiConfigs {
    private GuiConfigs() {
    }

    /** @return the columns the baseline economy records */
    static List<String> seriesColumns() {
        return org.aibubble.agents.economy.Economy.build(baseline(), new ec.util.MersenneTwisterFast(1)).seriesColumns();
    }

    static ModelConfig baseline() {
        return new ModelConfig(new RunSettings(42, 120, "2026-01", 1000),
                new ScenarioSettings("baseline", "test", List.of()));
    }
}
