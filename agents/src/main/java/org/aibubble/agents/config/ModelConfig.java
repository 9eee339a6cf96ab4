package org.aibubble.agents.config;

import java.io.Serializable;

/**
 * The root of the parameter tree: one immutable, validated record per config section. The config
 * loader (in {@code sim}) binds a YAML or JSON file onto this tree and rejects unknown and missing keys.
 *
 * @param run      seed, horizon, start month, number of simulated households
 * @param scenario name, description and optional events
 */
public record ModelConfig(RunSettings run, ScenarioSettings scenario) implements Serializable {
    /** Validates that every section is present. */
    public ModelConfig {
        Require.present("run", run);
        Require.present("scenario", scenario);
    }
}
