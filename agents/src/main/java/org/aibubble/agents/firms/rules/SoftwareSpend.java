package org.aibubble.agents.firms.rules;

import org.aibubble.agents.config.MacroParams;

/**
 * What other firms spend on software from the private-credit-financed software companies:
 * {@code softwareSpendShare} of last month's sales, eroded one for one by AI deep adoption above its
 * start (AI replaces software seats).
 */
public final class SoftwareSpend {
    private SoftwareSpend() {
    }

    /**
     * @param params       {@code softwareSpendShare}
     * @param lastSales    other firms' sales last month, USD bn
     * @param adoptionRise deep adoption above its start, never negative
     * @return software spending this month, USD bn
     */
    public static double amount(MacroParams params, double lastSales, double adoptionRise) {
        return params.softwareSpendShare() * lastSales * Math.max(0, 1 - adoptionRise);
    }
}
