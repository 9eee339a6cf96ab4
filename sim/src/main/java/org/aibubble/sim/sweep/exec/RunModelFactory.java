package org.aibubble.sim.sweep.exec;

import java.nio.file.Path;
import java.util.Map;

import org.aibubble.sim.sweep.SweepException;

/** Loads a base config into a {@link RunModel}. */
public interface RunModelFactory {
    /**
     * @param config    the base config file (YAML or JSON, {@code extends:} allowed)
     * @param overrides config path to value text, applied to the base before anything else (e.g. the
     *                  sweep's horizon and households, or an ensemble's {@code --set} options)
     * @return the model
     * @throws SweepException if the config or an override is invalid, as one line
     */
    RunModel load(Path config, Map<String, String> overrides) throws SweepException;
}
