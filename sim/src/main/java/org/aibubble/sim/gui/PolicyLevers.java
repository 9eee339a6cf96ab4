package org.aibubble.sim.gui;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import org.aibubble.agents.config.EventType;
import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.config.ParameterException;
import org.aibubble.agents.config.QePolicy;
import org.aibubble.agents.policy.Fed;
import org.aibubble.sim.engine.AiEconomySim;

import sim.util.Interval;

/**
 * The editable half of the Model tab: policy levers as bean properties, with {@code domX()} ranges
 * that MASON shows as sliders or pop-up lists. Every edit goes through the model's own interfaces,
 * never into fields: each fires a scenario event from the next month to the end of the run through
 * {@link AiEconomySim#intervene}, which records it in the config the session saves, dated at the month
 * it was made, so {@code run} on that config replays the session. MASON applies an edit between months
 * (its inspector holds the schedule lock); pause first to change several levers at the same month.
 */
public final class PolicyLevers {
    private static final Logger LOG = LogManager.getLogger(PolicyLevers.class);
    /** Longest duration a scenario event may have ({@code EventSpec}). */
    private static final int MAX_EVENT_MONTHS = 1200;
    private final AiEconomySim model;

    /** @param model the model the levers act on */
    public PolicyLevers(AiEconomySim model) {
        this.model = model;
    }

    /** @return the QE setting the Fed follows next month (index into {@link #domQe()}: auto, off, forced) */
    public int getQe() {
        Fed fed = fed();
        return fed == null ? model.config().fed().qe().ordinal() : fed.qeSetting().ordinal();
    }

    /**
     * Sets the QE setting from the next month to the end of the run: fires the matching scenario event
     * ({@code qe-auto}, {@code no-qe} or {@code qe-forced}) through {@link AiEconomySim#intervene}, which
     * records it in the config the session saves, so {@code run} on that config replays it.
     *
     * @param mode the QE setting (index into {@link #domQe()})
     */
    public void setQe(int mode) {
        if (mode < 0 || mode >= QePolicy.values().length) {
            return;
        }
        EventType event = switch (QePolicy.values()[mode]) {
            case AUTO -> EventType.QE_AUTO;
            case OFF -> EventType.NO_QE;
            case FORCED -> EventType.QE_FORCED;
        };
        interveneToTheEnd(event, 0);
    }

    /** @return the QE settings, for a pop-up list */
    public Object domQe() {
        return new String[] {"by the Fed's rule (auto)", "switched off", "forced on"};
    }

    /** @return the tooltip */
    public String desQe() {
        return "QE by the Fed's tiered rule, switched off (the Fed refuses), or forced on every month; "
                + "recorded as a qe-auto / no-qe / qe-forced event in the saved config.";
    }

    /** @return the Taylor-rule weight on the inflation gap the Fed follows next month */
    public double getInflationWeight() {
        return fedParams().inflationWeight();
    }

    /**
     * Sets the weight from the next month to the end of the run: fires an {@code inflation-weight} event,
     * recorded in the saved config. A weight outside {@code fed.inflationWeight}'s range changes nothing.
     *
     * @param weight the new weight on the inflation gap
     */
    public void setInflationWeight(double weight) {
        interveneToTheEnd(EventType.INFLATION_WEIGHT, weight);
    }

    /** @return the slider range */
    public Object domInflationWeight() {
        return new Interval(0.0, 3.0);
    }

    /** @return the tooltip */
    public String desInflationWeight() {
        return "Taylor rule: how much the policy rate answers the inflation gap; "
                + "recorded as an inflation-weight event in the saved config.";
    }

    /** @return the Taylor-rule weight on the unemployment gap the Fed follows next month */
    public double getUnemploymentWeight() {
        return fedParams().unemploymentWeight();
    }

    /**
     * Sets the weight from the next month to the end of the run: fires an {@code unemployment-weight}
     * event, recorded in the saved config. A weight outside {@code fed.unemploymentWeight}'s range changes nothing.
     *
     * @param weight the new weight on the unemployment gap
     */
    public void setUnemploymentWeight(double weight) {
        interveneToTheEnd(EventType.UNEMPLOYMENT_WEIGHT, weight);
    }

    /** @return the slider range */
    public Object domUnemploymentWeight() {
        return new Interval(0.0, 3.0);
    }

    /** @return the tooltip */
    public String desUnemploymentWeight() {
        return "Taylor rule: how much the policy rate answers the unemployment gap; "
                + "recorded as an unemployment-weight event in the saved config.";
    }

    /** @return QE purchases per month when QE runs, USD bn, that the Fed follows next month */
    public double getQePerMonth() {
        return fedParams().qePerMonth();
    }

    /**
     * Sets the pace from the next month to the end of the run: fires a {@code qe-per-month} event, recorded
     * in the saved config. A pace outside {@code fed.qePerMonth}'s range changes nothing.
     *
     * @param perMonth the new QE purchases per month, USD bn
     */
    public void setQePerMonth(double perMonth) {
        interveneToTheEnd(EventType.QE_PER_MONTH, perMonth);
    }

    /** @return the slider range, USD bn per month */
    public Object domQePerMonth() {
        return new Interval(0.0, 300.0);
    }

    /** @return the tooltip */
    public String desQePerMonth() {
        return "QE purchases of long Treasuries and MBS per month when QE runs, USD billions; "
                + "recorded as a qe-per-month event in the saved config.";
    }

    private Fed fed() {
        return model.economy() == null ? null : model.economy().world().fed();
    }

    /** @return the Fed's parameters in force (the config's before the model starts) */
    private FedParams fedParams() {
        Fed fed = fed();
        return fed == null ? model.config().fed() : fed.parametersInForce();
    }

    /**
     * Fires an event now that lasts to the end of the run; nothing once the run is over, and nothing if the
     * event rejects the size (the field then shows the value in force again).
     */
    private void interveneToTheEnd(EventType type, double size) {
        if (model.economy() == null) {
            return;
        }
        int monthsLeft = (int) (model.config().run().months() - model.monthsDone());
        if (monthsLeft < 1) {
            return;
        }
        try {
            model.intervene(type, size, Math.min(monthsLeft, MAX_EVENT_MONTHS));
        } catch (ParameterException rejected) {
            LOG.info("{} ignored: {}", type.configName(), rejected.getMessage());
        }
    }
}
