package org.aibubble.sim.gui;

import java.util.function.UnaryOperator;

import org.aibubble.agents.config.EventType;
import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.config.ParameterException;
import org.aibubble.agents.config.QePolicy;
import org.aibubble.agents.policy.Fed;
import org.aibubble.sim.engine.AiEconomySim;

import sim.util.Interval;

/**
 * The editable half of the Model tab: policy levers as bean properties, with {@code domX()} ranges
 * that MASON shows as sliders or pop-up lists. Every edit goes through the model's own interfaces,
 * never into fields: the QE setting through a scenario event that the session records, the Taylor rule through
 * {@link AiEconomySim#continueUnder} (the branch mechanism: the economy continues from the next month
 * under a config whose Fed section differs). MASON applies an edit between months (its inspector
 * holds the schedule lock); pause first to change several levers at the same month.
 */
public final class PolicyLevers {
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
        if (model.economy() == null || mode < 0 || mode >= QePolicy.values().length) {
            return;
        }
        int monthsLeft = (int) (model.config().run().months() - model.monthsDone());
        if (monthsLeft < 1) {
            return;
        }
        EventType event = switch (QePolicy.values()[mode]) {
            case AUTO -> EventType.QE_AUTO;
            case OFF -> EventType.NO_QE;
            case FORCED -> EventType.QE_FORCED;
        };
        model.intervene(event, 0, Math.min(monthsLeft, MAX_EVENT_MONTHS));
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

    /** @return the Taylor-rule weight on the inflation gap */
    public double getInflationWeight() {
        return fedParams().inflationWeight();
    }

    /** @param weight the new weight on the inflation gap, from the next month */
    public void setInflationWeight(double weight) {
        editFed(fed -> fed.withInflationWeight(weight));
    }

    /** @return the slider range */
    public Object domInflationWeight() {
        return new Interval(0.0, 3.0);
    }

    /** @return the tooltip */
    public String desInflationWeight() {
        return "Taylor rule: how much the policy rate answers the inflation gap.";
    }

    /** @return the Taylor-rule weight on the unemployment gap */
    public double getUnemploymentWeight() {
        return fedParams().unemploymentWeight();
    }

    /** @param weight the new weight on the unemployment gap, from the next month */
    public void setUnemploymentWeight(double weight) {
        editFed(fed -> fed.withUnemploymentWeight(weight));
    }

    /** @return the slider range */
    public Object domUnemploymentWeight() {
        return new Interval(0.0, 3.0);
    }

    /** @return the tooltip */
    public String desUnemploymentWeight() {
        return "Taylor rule: how much the policy rate answers the unemployment gap.";
    }

    /** @return QE purchases per month in the severe tier, USD bn */
    public double getQePerMonth() {
        return fedParams().qePerMonth();
    }

    /** @param perMonth the new QE purchases per month, USD bn, from the next month */
    public void setQePerMonth(double perMonth) {
        editFed(fed -> fed.withQePerMonth(perMonth));
    }

    /** @return the slider range, USD bn per month */
    public Object domQePerMonth() {
        return new Interval(0.0, 300.0);
    }

    /** @return the tooltip */
    public String desQePerMonth() {
        return "QE purchases of long Treasuries and MBS per month when QE runs, USD billions.";
    }

    private Fed fed() {
        return model.economy() == null ? null : model.economy().world().fed();
    }

    private FedParams fedParams() {
        return model.config().fed();
    }

    /** Applies an edit of the Fed's section; a value the Fed's parameters reject leaves them as they were. */
    private void editFed(UnaryOperator<FedParams> edit) {
        if (model.economy() == null) {
            return;
        }
        ModelConfig now = model.config();
        FedParams fed;
        try {
            fed = edit.apply(now.fed());
        } catch (ParameterException rejected) {
            return;
        }
        model.continueUnder(new ModelConfig(now.run(), now.scenario(), now.macro(), now.households(),
                now.hyperscalers(), now.labs(), now.privateCredit(), fed, now.markets()));
    }
}
