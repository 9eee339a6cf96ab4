package org.aibubble.sim.branch;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aibubble.agents.config.EventSpec;
import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.config.OptionalKey;
import org.aibubble.agents.config.ParameterException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A branch scenario file as written, bound by the config loader with the rules of configs (an unknown
 * section or key, a missing, null or mistyped one is refused with its path) and validated here: the
 * branch's name is a folder name, and {@code fed} names only parameters of the Fed that are not starting
 * values. The values of {@code fed} are checked when the branch is bound over the saved run's config
 * ({@link BranchPlan}), by the Fed's own record.
 *
 * @param scenario what the branch is called, what it is for and, optionally, its events
 * @param fed      Fed parameters to change, by key; absent for none
 */
public record BranchFile(Scenario scenario, @OptionalKey Map<String, JsonNode> fed) {
    /** The keys of the Fed's parameters, in record order. */
    private static final List<String> FED_KEYS =
            Arrays.stream(FedParams.class.getRecordComponents()).map(RecordComponent::getName).toList();

    /**
     * The {@code scenario} section of a branch file.
     *
     * @param name        names the branch's run folder: letters, digits, '-', '_'
     * @param description shown in the comparison report
     * @param events      if given, replace the saved run's events; if absent, those events stay
     */
    public record Scenario(String name, String description,
            @OptionalKey List<EventSpec> events) {
        /** Validates the name and the description. */
        public Scenario {
            if (name == null || !name.matches("[A-Za-z0-9_-]+")) {
                throw new ParameterException("name", "\"" + name + "\"",
                        "must be a non-empty name of letters, digits, '-' or '_' (it names the branch's folder)");
            }
            if (description.isBlank()) {
                throw new ParameterException("description", "\"\"", "must say what the branch changes");
            }
            events = events == null ? null : List.copyOf(events);
        }
    }

    /** Refuses Fed keys that are unknown or starting values; keeps the order of the file. */
    public BranchFile {
        if (fed != null) {
            for (Map.Entry<String, JsonNode> entry : fed.entrySet()) {
                String key = entry.getKey();
                if (!FED_KEYS.contains(key)) {
                    throw new ParameterException("fed." + key, entry.getValue(),
                            "is not a Fed parameter (allowed: " + String.join(", ", FED_KEYS) + ")");
                }
                if (key.endsWith("0")) {
                    throw new ParameterException("fed." + key, entry.getValue(), "is a starting value; the saved "
                            + "economy is past its start, so a branch cannot change it");
                }
            }
            fed = Collections.unmodifiableMap(new LinkedHashMap<>(fed));
        }
    }
}
