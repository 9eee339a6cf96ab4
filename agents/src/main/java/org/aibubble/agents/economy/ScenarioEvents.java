package org.aibubble.agents.economy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import org.aibubble.agents.config.EventSpec;
import org.aibubble.agents.config.EventType;
import org.aibubble.agents.config.QePolicy;
import org.aibubble.agents.config.Trigger;
import org.aibubble.agents.credit.PrivateCreditFund;
import org.aibubble.agents.firms.Hyperscaler;

/**
 * Optional scenario events: each fires once, at the start of the first month whose condition holds on
 * last month's indicators ({@code month} is the current month). The GUI's interventions fire events
 * through {@link #fireNow}, so they are applied and logged exactly like scheduled ones.
 */
public final class ScenarioEvents implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LogManager.getLogger(ScenarioEvents.class);

    private final World world;
    private List<EventSpec> pending;
    private final List<String> fired = new ArrayList<>();

    ScenarioEvents(World world, List<EventSpec> events) {
        this.world = world;
        this.pending = new ArrayList<>(events);
    }

    /** Replaces the events still to come (a branch continues under another scenario). */
    void replace(List<EventSpec> events) {
        pending = new ArrayList<>(events);
    }

    /**
     * Fires the events whose condition holds.
     *
     * @param indicator last month's value of a named indicator (NaN before the first month)
     */
    void step(ToDoubleFunction<String> indicator) {
        List<EventSpec> due = new ArrayList<>();
        for (EventSpec event : pending) {
            Trigger trigger = event.trigger();
            double value = "month".equals(trigger.indicator()) ? world.month() : indicator.applyAsDouble(trigger.indicator());
            if (!Double.isNaN(value) && trigger.holds(value)) {
                due.add(event);
            }
        }
        for (EventSpec event : due) {
            pending.remove(event);
            apply(event.type(), event.size(), event.duration(), "scenario (" + event.when() + ")");
        }
    }

    /** Fires an event now (a GUI intervention). */
    public void fireNow(EventType type, double size, int duration) {
        apply(type, size, duration, "intervention");
    }

    private void apply(EventType type, double size, int duration, String origin) {
        switch (type) {
            case EFFICIENCY_SHOCK -> world.compute().shockPrice(size);
            case TERM_PREMIUM_SHOCK -> world.bonds().shockTermPremium(size, duration);
            case REDEMPTION_WAVE -> {
                for (PrivateCreditFund fund : world.funds()) {
                    fund.addRedemptionWave(size, duration, world.month());
                }
            }
            case POWER_CONSTRAINT -> {
                for (Hyperscaler h : world.hyperscalers()) {
                    h.capPower(world.month(), size, duration);
                }
            }
            case NO_QE -> world.fed().setQe(QePolicy.OFF, duration, world.month());
            case QE_AUTO -> world.fed().setQe(QePolicy.AUTO, duration, world.month());
            case QE_FORCED -> world.fed().setQe(QePolicy.FORCED, duration, world.month());
            case GPU_LIFE_CHANGE -> {
                for (Hyperscaler h : world.hyperscalers()) {
                    h.setGpuEconomicLife((int) Math.round(12 * size));
                }
            }
            case INFLATION_WEIGHT, UNEMPLOYMENT_WEIGHT, QE_PER_MONTH ->
                    world.fed().setParameter(type.fedParameter().orElseThrow(), size, duration, world.month());
        }
        String line = String.format("month %d: %s %s, size %s, %d months (%s)", world.month(),
                type.configName(), "fired", size, duration, origin);
        fired.add(line);
        LOG.info(line);
    }

    /** @return a line per event fired so far */
    public List<String> fired() {
        return List.copyOf(fired);
    }
}
