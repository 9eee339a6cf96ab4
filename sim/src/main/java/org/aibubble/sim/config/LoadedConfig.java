package org.aibubble.sim.config;

import java.nio.file.Path;
import java.util.List;

import org.aibubble.agents.config.ModelConfig;

/**
 * A config as loaded for a run.
 *
 * @param config    the bound, validated parameter tree (overrides applied)
 * @param file      the config file as the user named it
 * @param sources   every file read: the named file first, then its {@code extends} bases in order
 * @param overrides the overrides applied, in order
 */
public record LoadedConfig(ModelConfig config, Path file, List<Path> sources, List<ConfigOverride> overrides) {
    /** Copies the lists. */
    public LoadedConfig {
        sources = List.copyOf(sources);
        overrides = List.copyOf(overrides);
    }
}
