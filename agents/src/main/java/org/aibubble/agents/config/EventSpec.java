package org.aibubble.agents.config;

import java.io.Serializable;

/**
 * One optional scenario event.
 *
 * @param type     what happens (see {@link EventType})
 * @param when     when it fires, once: {@code "month >= 18"} (dated) or a trigger on a recorded indicator,
 *                 e.g. {@code "ai_drawdown >= 0.25"}; the form is {@code <indicator> <op> <number>} with
 *                 op one of {@code >=, <=, >, <}
 * @param size     the size of the event, in the unit its type states (a share, a rate, years, or the value of the
 *                 Fed parameter it sets), within the range of its type ({@link EventType#minSize()},
 *                 {@link EventType#maxSize()})
 * @param duration how many months the event lasts once fired (1 for a one-off)
 */
public record EventSpec(EventType type, String when, double size, int duration) implements Serializable {
    /** Validates every field. */
    public EventSpec {
        Require.present("type", type);
        Trigger.parse("when", when);
        Require.inRange("size", size, type.minSize(), type.maxSize(), "for " + type.configName()
                + type.fedParameter().map(parameter -> " (the range of fed." + parameter.key() + ")").orElse(""));
        Require.inRange("duration", duration, 1, 1200);
    }

    /** @return the parsed firing condition */
    public Trigger trigger() {
        return Trigger.parse("when", when);
    }
}
