package org.aibubble.agents.firms.rules;

import org.aibubble.agents.config.MacroParams;

/**
 * Other firms keep {@code firmsCashBufferMonths} of sales as deposits; when deposits fall below, the bank
 * buys new bonds for the shortfall.
 */
public final class CashBuffer {
    private CashBuffer() {
    }

    /**
     * @param params   {@code firmsCashBufferMonths}
     * @param sales    this month's sales, USD bn
     * @param deposits deposits after taxes and dividends, USD bn
     * @return bonds to issue, USD bn ({@code <= 0} means none)
     */
    public static double bondsToIssue(MacroParams params, double sales, double deposits) {
        return params.firmsCashBufferMonths() * sales - deposits;
    }
}
