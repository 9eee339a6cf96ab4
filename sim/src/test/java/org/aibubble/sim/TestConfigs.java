package org.aibubble.sim;

import java.nio.file.Path;
import java.util.List;

import org.aibubble.agents.config.EventSpec;
import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.config.RunSettings;
import org.aibubble.agents.config.ScenarioSettings;
import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.config.ConfigLoader;

/** The shipped baseline config, with run settings and a scenario chosen by a test. */
public final class TestConfigs {
    /** The baseline config file, relative to the sim module (where Maven runs its tests). */
    public static final Path BASELINE = Path.of("..", "configs", "baseline.yaml");

    /**
     * Every section of the baseline after {@code run} and {@code scenario} (from {@code macro:} on), as
     * YAML text: tests append it to their own run and scenario sections to make a complete config.
     */
    public static final String MODEL_SECTIONS = modelSections();

    private TestConfigs() {
    }

    /**
     * @param months     run.months of the JSON config
     * @param households run.households of the JSON config
     * @return the whole baseline written as one JSON document (a complete config without extends)
     */
    public static String baselineJson(int months, int households) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode tree = (com.fasterxml.jackson.databind.node.ObjectNode)
                    org.aibubble.sim.format.Mappers.yaml().readTree(BASELINE.toFile());
            com.fasterxml.jackson.databind.node.ObjectNode run = (com.fasterxml.jackson.databind.node.ObjectNode) tree.get("run");
            run.put("months", months);
            run.put("households", households);
            return org.aibubble.sim.format.Mappers.json().writeValueAsString(tree);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + BASELINE, e);
        }
    }

    private static String modelSections() {
        try {
            String text = java.nio.file.Files.readString(BASELINE);
            int start = text.indexOf("\nmacro:");
            int comment = text.lastIndexOf("\n\n", start);
            return text.substring(comment >= 0 ? comment + 1 : start + 1);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read " + BASELINE, e);
        }
    }

    /** @return the baseline as shipped */
    public static ModelConfig baseline() {
        try {
            return new ConfigLoader().load(BASELINE);
        } catch (ConfigException e) {
            throw new IllegalStateException("the shipped baseline does not load: " + e.getMessage(), e);
        }
    }

    /** @return the baseline with these run settings (start 2026-01) */
    public static ModelConfig baseline(long seed, int months, int households) {
        ModelConfig base = baseline();
        return base.withRun(new RunSettings(seed, months, base.run().start(), households));
    }

    /** @return the baseline with these run settings and this scenario */
    public static ModelConfig baseline(RunSettings run, String name, String description, List<EventSpec> events) {
        return baseline().withRun(run).withScenario(new ScenarioSettings(name, description, events));
    }
}
