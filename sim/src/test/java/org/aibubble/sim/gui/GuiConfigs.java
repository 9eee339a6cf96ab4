package org.aibubble.sim.gui;

import java.nio.file.Path;
import java.util.List;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.config.ConfigOverride;
import org.aibubble.sim.run.SingleRun;

/** The shipped baseline, small enough for GUI tests. */
final class GuiConfigs {
    private static final Path BASELINE = Path.of("..", "configs", "baseline.yaml").toAbsolutePath().normalize();
    private static final int TEST_HOUSEHOLDS = 2000;

    private GuiConfigs() {
    }

    /** @return configs/baseline.yaml with 2,000 households */
    static ModelConfig baseline() {
        try {
            return new ConfigLoader().load(BASELINE, List.of(ConfigOverride.ofOption("run.households",
                    Integer.toString(TEST_HOUSEHOLDS), "--households " + TEST_HOUSEHOLDS))).config();
        } catch (ConfigException e) {
            throw new IllegalStateException("the shipped baseline does not load: " + e.getMessage(), e);
        }
    }

    /** @return the columns the baseline economy records */
    static List<String> seriesColumns() {
        return SingleRun.prepare(baseline()).columns();
    }
}
