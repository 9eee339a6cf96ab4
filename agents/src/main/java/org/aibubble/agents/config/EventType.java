package org.aibubble.agents.config;

import java.util.Locale;
import java.util.Optional;

/** The kinds of optional scenario event, with the unit and the allowed range of their {@code size}. */
public enum EventType {
    /** A cheap open model: the compute price and token prices fall by {@code size} (a share, e.g. 0.4). */
    EFFICIENCY_SHOCK,
    /** The term premium rises by {@code size} (a rate, e.g. 0.015 = 150 bp) for {@code duration} months. */
    TERM_PREMIUM_SHOCK,
    /** Private-credit investors ask to redeem an extra {@code size} of NAV (a share per quarter) for {@code duration} months. */
    REDEMPTION_WAVE,
    /** Grid connections cap new compute capacity at {@code size} of planned additions (a share) for {@code duration} months. */
    POWER_CONSTRAINT,
    /** The QE setting ({@code fed.qe}) is {@code off} for {@code duration} months ({@code size} unused), then as configured. */
    NO_QE,
    /** The QE setting is {@code auto} (the Fed's tiered rule) for {@code duration} months ({@code size} unused), then as configured. */
    QE_AUTO,
    /** The QE setting is {@code forced} (purchases every month) for {@code duration} months ({@code size} unused), then as configured. */
    QE_FORCED,
    /** The economic life of GPUs becomes {@code size} years for new and installed vintages. */
    GPU_LIFE_CHANGE,
    /** The Taylor rule's weight on the inflation gap ({@code fed.inflationWeight}) is {@code size} for {@code duration} months, then as configured. */
    INFLATION_WEIGHT(FedParameter.INFLATION_WEIGHT),
    /** The Taylor rule's weight on the unemployment gap ({@code fed.unemploymentWeight}) is {@code size} for {@code duration} months, then as configured. */
    UNEMPLOYMENT_WEIGHT(FedParameter.UNEMPLOYMENT_WEIGHT),
    /** A QE programme's pace ({@code fed.qePerMonth}) is {@code size} USD bn a month for {@code duration} months, then as configured. */
    QE_PER_MONTH(FedParameter.QE_PER_MONTH);

    /** Largest size, in absolute value, of an event that sets no Fed parameter. */
    private static final double MAX_SHOCK_SIZE = 100;

    private final FedParameter fedParameter;

    EventType() {
        this(null);
    }

    EventType(FedParameter fedParameter) {
        this.fedParameter = fedParameter;
    }

    /** @return the Fed parameter an event of this type sets for its duration, if it sets one */
    public Optional<FedParameter> fedParameter() {
        return Optional.ofNullable(fedParameter);
    }

    /** @return the smallest size an event of this type may have: its Fed parameter's lower bound, else -100 */
    public double minSize() {
        return fedParameter == null ? -MAX_SHOCK_SIZE : fedParameter.min();
    }

    /** @return the largest size an event of this type may have: its Fed parameter's upper bound, else 100 */
    public double maxSize() {
        return fedParameter == null ? MAX_SHOCK_SIZE : fedParameter.max();
    }

    /** @return the name a config writes, in kebab-case: {@code efficiency-shock} */
    public String configName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
