/**
 * Loading a run's parameters: YAML or JSON files (with {@code extends:} bases and command-line
 * overrides) are merged into one tree, checked strictly against the record tree of
 * {@link org.aibubble.agents.config.ModelConfig} (unknown, missing, null and mistyped keys are
 * rejected with their key path) and bound; the bound config can be written back as YAML.
 */
package org.aibubble.sim.config;
