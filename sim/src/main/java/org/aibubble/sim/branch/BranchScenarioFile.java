package org.aibubble.sim.branch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.config.ConfigText;
import org.aibubble.sim.format.Mappers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A branch scenario file: the few keys a branch may change when it continues a saved economy, applied
 * over the saved run's config. A branch may set
 * <ul>
 *   <li>{@code scenario.name} (required: it names the branch's folder), {@code scenario.description}
 *       (required) and {@code scenario.events} (optional: if given, the list replaces the saved run's
 *       events; if absent, those events stay);</li>
 *   <li>any key of {@code fed} except the starting values (keys ending in {@code 0}, such as
 *       {@code policyRate0}), which set the state at month 0 that the checkpoint already holds.</li>
 * </ul>
 * Everything else (households, firms, markets, the run's seed and horizon) is the saved economy and
 * cannot change at a branch point; such a key is rejected with one line naming it.
 */
public final class BranchScenarioFile {
    /** The top-level sections a branch file may hold. */
    public static final List<String> SECTIONS = List.of("scenario", "fed");
    /** The keys of {@code scenario} a branch file may hold. */
    public static final List<String> SCENARIO_KEYS = List.of("name", "description", "events");

    private final Path file;
    private final ObjectNode tree;

    private BranchScenarioFile(Path file, ObjectNode tree) {
        this.file = file;
        this.tree = tree;
    }

    /**
     * @param file a branch scenario YAML file
     * @return the file, its keys checked against what a branch may change
     * @throws BranchException if the file is missing, not YAML, or holds a key a branch may not change
     */
    public static BranchScenarioFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BranchException(file + " not found");
        }
        JsonNode root;
        try {
            root = Mappers.yaml().readTree(ConfigText.read(file, "branch scenario file"));
        } catch (ConfigException e) {
            throw new BranchException(e.getMessage(), e);
        } catch (IOException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().split("\n")[0];
            throw new BranchException(file + " is not valid YAML: " + message, e);
        }
        if (root == null || !root.isObject()) {
            throw new BranchException(file + " must be a mapping with a scenario: section");
        }
        BranchScenarioFile branch = new BranchScenarioFile(file, (ObjectNode) root);
        branch.check();
        return branch;
    }

    private void check() {
        Iterator<String> names = tree.fieldNames();
        while (names.hasNext()) {
            String key = names.next();
            if (!SECTIONS.contains(key)) {
                throw refused(key, "a branch continues the saved economy and may change only scenario.name, "
                        + "scenario.description, scenario.events and fed.* (not starting values)");
            }
        }
        JsonNode scenario = tree.path("scenario");
        if (!scenario.isObject()) {
            throw refused("scenario", "is required: a mapping with name, description and optionally events");
        }
        for (String key : SCENARIO_KEYS.subList(0, 2)) {
            if (!scenario.path(key).isTextual()) {
                throw refused("scenario." + key, "is required (text)");
            }
        }
        scenario.fieldNames().forEachRemaining(key -> {
            if (!SCENARIO_KEYS.contains(key)) {
                throw refused("scenario." + key, "a branch may set only scenario.name, scenario.description and scenario.events");
            }
        });
        JsonNode fed = tree.path("fed");
        if (!fed.isMissingNode()) {
            if (!fed.isObject()) {
                throw refused("fed", "must be a mapping of Fed parameters to change");
            }
            fed.fieldNames().forEachRemaining(key -> {
                if (key.endsWith("0")) {
                    throw refused("fed." + key, "is a starting value; the saved economy is past its start, so a "
                            + "branch cannot change it");
                }
            });
        }
    }

    private BranchException refused(String key, String allowed) {
        return new BranchException(file + ": " + key + ": " + allowed);
    }

    /** @return the branch's name (its {@code scenario.name}) */
    public String name() {
        return tree.path("scenario").path("name").asText();
    }

    /** @return the file as named */
    public Path file() {
        return file;
    }

    /**
     * @param base the saved run's config as a tree (not modified)
     * @return a copy of {@code base} with the branch's keys applied
     */
    public ObjectNode applyTo(ObjectNode base) {
        ObjectNode merged = base.deepCopy();
        ObjectNode scenario = (ObjectNode) merged.get("scenario");
        tree.get("scenario").fields().forEachRemaining(f -> scenario.set(f.getKey(), f.getValue().deepCopy()));
        JsonNode fed = tree.path("fed");
        if (fed.isObject()) {
            ObjectNode baseFed = (ObjectNode) merged.get("fed");
            Iterator<Map.Entry<String, JsonNode>> fields = fed.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (baseFed == null || !baseFed.has(f.getKey())) {
                    throw refused("fed." + f.getKey(), "is not a Fed parameter of the saved run");
                }
                baseFed.set(f.getKey(), f.getValue().deepCopy());
            }
        }
        return merged;
    }
}
