package org.aibubble.sim.branch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.aibubble.agents.config.EventSpec;
import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.config.ConfigWriter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
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
 * cannot change at a branch point. The file is read by the config loader onto {@link BranchFile}, so a
 * key it may not hold, or a bad value, is refused with one line naming the file and the key.
 */
public final class BranchScenarioFile {
    private final Path file;
    private final BranchFile content;

    private BranchScenarioFile(Path file, BranchFile content) {
        this.file = file;
        this.content = content;
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
        try {
            return new BranchScenarioFile(file, new ConfigLoader().loadAs(file, List.of(), BranchFile.class));
        } catch (ConfigException e) {
            throw new BranchException(file + ": " + e.getMessage(), e);
        }
    }

    /** @return the branch's name (its {@code scenario.name}) */
    public String name() {
        return content.scenario().name();
    }

    /** @return the file as named */
    public Path file() {
        return file;
    }

    /**
     * @param base the saved run's config as a tree (not modified)
     * @return a copy of {@code base} with the branch's keys applied
     * @throws BranchException if a Fed key of the branch is not in the saved run's config
     */
    public ObjectNode applyTo(ObjectNode base) {
        ObjectNode merged = base.deepCopy();
        ObjectNode scenario = (ObjectNode) merged.get("scenario");
        scenario.put("name", content.scenario().name());
        scenario.put("description", content.scenario().description());
        if (content.scenario().events() != null) {
            ConfigWriter writer = new ConfigWriter();
            ArrayNode events = scenario.putArray("events");
            for (EventSpec event : content.scenario().events()) {
                events.add(writer.toTree(event));
            }
        }
        if (content.fed() != null) {
            ObjectNode baseFed = (ObjectNode) merged.get("fed");
            for (Map.Entry<String, JsonNode> f : content.fed().entrySet()) {
                if (baseFed == null || !baseFed.has(f.getKey())) {
                    throw new BranchException(file + ": fed." + f.getKey() + ": is not a Fed parameter of the saved run");
                }
                baseFed.set(f.getKey(), f.getValue().deepCopy());
            }
        }
        return merged;
    }
}
