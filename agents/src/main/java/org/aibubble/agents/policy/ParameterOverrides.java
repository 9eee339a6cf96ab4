package org.aibubble.agents.policy;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;

import org.aibubble.agents.config.FedParameter;
import org.aibubble.agents.config.FedParams;

/**
 * The Fed's parameters that scenario events have set for a number of decisions (the
 * {@code inflation-weight}, {@code unemployment-weight} and {@code qe-per-month} events): while one
 * lasts it replaces the config's value, then the config's value holds again. A later event on the same
 * parameter replaces the earlier one.
 */
final class ParameterOverrides implements Serializable {
    private static final long serialVersionUID = 1L;

    /** One parameter's value and the decisions it still holds for. */
    private record Setting(double value, int decisionsLeft) implements Serializable {
    }

    private final Map<FedParameter, Setting> active = new EnumMap<>(FedParameter.class);

    /**
     * @param parameter the parameter
     * @param value     its value while the override lasts (validated when applied)
     * @param decisions how many monthly decisions it holds for, {@code >= 1}
     */
    void set(FedParameter parameter, double value, int decisions) {
        active.put(parameter, new Setting(value, decisions));
    }

    /**
     * @param configured the parameters of the config
     * @return the parameters in force: the configured ones with every active override set; {@code configured}
     *         itself when none is active
     */
    FedParams applyTo(FedParams configured) {
        FedParams inForce = configured;
        for (Map.Entry<FedParameter, Setting> entry : active.entrySet()) {
            inForce = entry.getKey().setIn(inForce, entry.getValue().value());
        }
        return inForce;
    }

    /** Counts one decision off every active override; those used up end. */
    void countDecision() {
        active.replaceAll((parameter, setting) -> new Setting(setting.value(), setting.decisionsLeft() - 1));
        active.values().removeIf(setting -> setting.decisionsLeft() <= 0);
    }
}
