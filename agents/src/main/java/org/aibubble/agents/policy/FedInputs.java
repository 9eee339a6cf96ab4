package org.aibubble.agents.policy;

/**
 * What the Fed reads each month: last month's published signals and the targets it aims at. Shares and
 * rates are fractions (rates per year).
 *
 * @param month                the current month (0 = the start month)
 * @param aiDrawdown           the AI equity index's fall from its running peak (share)
 * @param creditSpreadWidening the hyperscalers' average bond spread less its value at the start
 * @param fundsGatedShare      share of private-credit funds whose gate bound at the last quarter end
 * @param unemployment         the unemployment rate
 * @param inflation            yearly inflation
 * @param inflationTarget      the inflation target ({@code macro.inflationTarget})
 * @param naturalUnemployment  the natural rate of unemployment ({@code macro.naturalUnemployment})
 */
public record FedInputs(long month, double aiDrawdown, double creditSpreadWidening, double fundsGatedShare,
        double unemployment, double inflation, double inflationTarget, double naturalUnemployment) {
}
