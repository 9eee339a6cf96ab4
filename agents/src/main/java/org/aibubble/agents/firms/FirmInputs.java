package org.aibubble.agents.firms;

import java.util.List;

import org.aibubble.agents.markets.SpreadCurve;

/**
 * What the rest of the corporate sector reads each month (FIRMS_AND_LABOUR phase), built by the
 * economy from what the Fed, the bond market, AI demand, the hyperscalers and the labs published.
 *
 * @param month            the current month (0 = the start month)
 * @param policyRate       the policy rate set this month (yearly; private-credit loans float over it)
 * @param yield10y         the 10-year Treasury yield this month (yearly)
 * @param corporateSpreads the bond market's corporate spread quote this month
 * @param aiAdoption       AI deep adoption this month (share of firms)
 * @param laggedAdoption   AI deep adoption {@code labs.adoption.productivityLagMonths} ago (share of firms)
 * @param coreServices     what each hyperscaler's core business bills this month, USD bn
 * @param aiServices       what each lab bills for enterprise AI this month, USD bn
 */
public record FirmInputs(long month, double policyRate, double yield10y, SpreadCurve corporateSpreads,
        double aiAdoption, double laggedAdoption, List<Bill> coreServices, List<Bill> aiServices) {
    /** Copies the lists. */
    public FirmInputs {
        coreServices = List.copyOf(coreServices);
        aiServices = List.copyOf(aiServices);
    }

    /**
     * A supplier's bill for the month.
     *
     * @param payee  the supplier's ledger account
     * @param amount USD bn
     */
    public record Bill(int payee, double amount) {
    }
}
