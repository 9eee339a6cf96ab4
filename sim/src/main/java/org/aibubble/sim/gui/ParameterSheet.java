package org.aibubble.sim.gui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.sim.config.ConfigComments;
import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.config.ConfigOverride;
import org.aibubble.sim.config.ConfigWriter;
import org.aibubble.sim.format.NumberText;
import org.aibubble.sim.run.SingleRun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The numeric keys of the config a GUI was opened on, with the values set in the Parameters tab. Each value
 * goes through the command line's {@code --set} path: every value set so far is a {@link ConfigOverride}
 * ({@code path=value}) applied to the opened config's tree and bound by {@link ConfigLoader} (strict types,
 * the records' ranges, the events' indicators), and the economy is built once from the result
 * ({@link SingleRun#requireBuilds}), so a value the CLI refuses is refused here with the same one-line
 * message and a value accepted here starts the model. {@code run.seed} is not listed: the Console's seed
 * field sets it at every start. Knows nothing of Swing.
 */
final class ParameterSheet {
    /** The key the Console's own seed field sets. */
    static final String SEED = "run.seed";

    /**
     * One numeric key.
     *
     * @param path        its path, list entries as {@code name[2]} (e.g. {@code hyperscalers.firms[2].capex})
     * @param section     the top-level section it is in (e.g. {@code hyperscalers})
     * @param configValue its value in the opened config, as text
     * @param comment     the comment above it in the config file (or the nearest one above); empty if none
     */
    record Parameter(String path, String section, String configValue, String comment) {
    }

    private final ObjectNode tree;
    private final List<Parameter> parameters;
    private final Map<String, Parameter> byPath = new LinkedHashMap<>();
    private final ConfigLoader loader = new ConfigLoader();
    private Map<String, String> edits = new LinkedHashMap<>();
    private ModelConfig config;

    /**
     * @param opened   the config the GUI was opened on (command-line overrides applied)
     * @param comments the comments of its files
     */
    ParameterSheet(ModelConfig opened, ConfigComments comments) {
        this.config = opened;
        this.tree = new ConfigWriter().toTree(opened);
        List<Parameter> found = new ArrayList<>();
        collect(tree, "", "", comments, found);
        this.parameters = List.copyOf(found);
        parameters.forEach(p -> byPath.put(p.path(), p));
    }

    /** @return every numeric key but {@value #SEED}, in the config's order */
    List<Parameter> parameters() {
        return parameters;
    }

    /** @return the sections that hold numeric keys, in the config's order */
    List<String> sections() {
        LinkedHashSet<String> sections = new LinkedHashSet<>();
        parameters.forEach(p -> sections.add(p.section()));
        return List.copyOf(sections);
    }

    /** @return the key's value as set here, or as the config has it */
    String value(String path) {
        return edits.getOrDefault(path, parameter(path).configValue());
    }

    /** @return whether the key has been set to a value other than the config's */
    boolean edited(String path) {
        return edits.containsKey(path);
    }

    /** @return the values set, path to text, in the order they were first set */
    Map<String, String> edits() {
        return Collections.unmodifiableMap(edits);
    }

    /** @return the opened config with every value set so far */
    ModelConfig config() {
        return config;
    }

    /**
     * Sets one key, checked together with the values set before it; a refused value changes nothing.
     *
     * @param path a key of {@link #parameters()}
     * @param text the value as typed (the config's own value takes the key back to the config)
     * @return the config with every value set so far
     * @throws ConfigException the one-line reason, as {@code --set path=text} would give it
     */
    ModelConfig set(String path, String text) throws ConfigException {
        Parameter parameter = parameter(path);
        String value = text.trim();
        Map<String, String> trial = new LinkedHashMap<>(edits);
        if (value.equals(parameter.configValue())) {
            trial.remove(path);
        } else {
            trial.put(path, value);
        }
        ModelConfig candidate = bind(trial);
        edits = trial;
        config = candidate;
        return candidate;
    }

    /**
     * Takes every key back to the config's value.
     *
     * @return the opened config
     */
    ModelConfig reset() {
        try {
            config = bind(Map.of());
        } catch (ConfigException e) {
            throw new IllegalStateException("the opened config no longer binds: " + e.getMessage(), e);
        }
        edits = new LinkedHashMap<>();
        return config;
    }

    private ModelConfig bind(Map<String, String> values) throws ConfigException {
        List<ConfigOverride> overrides = new ArrayList<>();
        for (Map.Entry<String, String> value : values.entrySet()) {
            overrides.add(ConfigOverride.parse(value.getKey() + "=" + value.getValue()));
        }
        ModelConfig candidate = loader.bind(tree, overrides);
        SingleRun.requireBuilds(candidate, 1);
        return candidate;
    }

    private Parameter parameter(String path) {
        Parameter parameter = byPath.get(path);
        if (parameter == null) {
            throw new IllegalArgumentException("no numeric key " + path + " in the parameter sheet");
        }
        return parameter;
    }

    private static void collect(JsonNode node, String path, String section, ConfigComments comments,
            List<Parameter> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                collect(field.getValue(), child, section.isEmpty() ? field.getKey() : section, comments, out);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", section, comments, out);
            }
        } else if (node.isNumber() && !SEED.equals(path)) {
            String text = node.isIntegralNumber() ? node.asText() : NumberText.exact(node.doubleValue());
            out.add(new Parameter(path, section, text, comments.of(path)));
        }
    }
}
