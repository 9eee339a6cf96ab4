package org.aibubble.agents.config;

import java.io.Serializable;
import java.util.List;

/**
 * What a scenario is called, what it is for, and its optional events (none in the baseline).
 *
 * @param name        a short identifier, used in output folder names
 * @param description one or two sentences for the report and the manifest
 * @param events      dated or triggered scenario events; empty in the baseline
 */
public record ScenarioSettings(String name, String description, List<EventSpec> events) implements Serializable {
    /** Validates every field. */
    public ScenarioSettings {
        Require.identifier("name", name);
        Require.present("description", description);
        events = Require.atLeast("events", events, 0);
    }
}
