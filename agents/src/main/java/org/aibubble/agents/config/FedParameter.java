package org.aibubble.agents.config;

/**
 * The Fed's parameters a scenario event may set for a number of months, after which the config's value
 * holds again ({@link EventType#INFLATION_WEIGHT}, {@link EventType#UNEMPLOYMENT_WEIGHT},
 * {@link EventType#QE_PER_MONTH}; the GUI's sliders fire these events). Each has the range
 * {@link FedParams} allows for its key.
 */
public enum FedParameter {
    /** {@code fed.inflationWeight}: the Taylor rule's weight on the inflation gap, on top of one-for-one. */
    INFLATION_WEIGHT("inflationWeight", 0, FedParams.MAX_RULE_WEIGHT),
    /** {@code fed.unemploymentWeight}: the Taylor rule's weight on the unemployment gap. */
    UNEMPLOYMENT_WEIGHT("unemploymentWeight", 0, FedParams.MAX_RULE_WEIGHT),
    /** {@code fed.qePerMonth}: a QE programme's full pace of purchases, USD bn a month. */
    QE_PER_MONTH("qePerMonth", 0, FedParams.MAX_QE_PER_MONTH);

    private final String key;
    private final double min;
    private final double max;

    FedParameter(String key, double min, double max) {
        this.key = key;
        this.min = min;
        this.max = max;
    }

    /** @return the key in the config's {@code fed} section, e.g. {@code inflationWeight} */
    public String key() {
        return key;
    }

    /** @return the smallest value {@link FedParams} allows */
    public double min() {
        return min;
    }

    /** @return the largest value {@link FedParams} allows */
    public double max() {
        return max;
    }

    /**
     * @param value a value of this parameter
     * @return {@code value}
     * @throws ParameterException naming the key if {@code value} is outside {@code [min(), max()]}
     */
    public double require(double value) {
        return Require.inRange(key, value, min, max);
    }

    /**
     * @param fed   the Fed's parameters
     * @param value the new value of this parameter
     * @return a copy of {@code fed} with this parameter set to {@code value}
     * @throws ParameterException if {@code value} is outside {@code [min(), max()]}
     */
    public FedParams setIn(FedParams fed, double value) {
        return switch (this) {
            case INFLATION_WEIGHT -> fed.withInflationWeight(value);
            case UNEMPLOYMENT_WEIGHT -> fed.withUnemploymentWeight(value);
            case QE_PER_MONTH -> fed.withQePerMonth(value);
        };
    }
}
