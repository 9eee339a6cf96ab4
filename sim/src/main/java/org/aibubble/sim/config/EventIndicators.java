package org.aibubble.sim.config;

import java.util.List;

import org.aibubble.agents.config.EventSpec;
import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.economy.Economy;

/**
 * Checks that every scenario event's {@code when} names an indicator the economy reports (a series
 * column or {@code ai_drawdown}): an unknown one would read as NaN and never fire.
 */
final class EventIndicators {
    private EventIndicators() {
    }

    /**
     * @param config a bound config
     * @return {@code config}
     * @throws ConfigException naming the first event whose indicator is unknown, with the allowed names
     */
    static ModelConfig check(ModelConfig config) throws ConfigException {
        List<String> names = Economy.indicatorNames(config);
        List<EventSpec> events = config.scenario().events();
        for (int i = 0; i < events.size(); i++) {
            String indicator = events.get(i).trigger().indicator();
            if (!names.contains(indicator)) {
                throw ConfigException.of("scenario.events[" + i + "].when", "\"" + events.get(i).when() + "\"",
                        "unknown indicator " + ConfigException.excerpt(indicator, ConfigException.MAX_SHOWN)
                                + "; allowed: " + String.join(", ", names));
            }
        }
        return config;
    }
}
