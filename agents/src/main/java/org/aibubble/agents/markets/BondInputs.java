package org.aibubble.agents.markets;

/**
 * What the bond market reads once the Fed has decided (POLICY phase). Rates are fractions per year.
 *
 * @param policyRate               the policy rate just set
 * @param neutralNominalRate       r* plus the inflation target
 * @param qeHoldings               the Fed's QE holdings, USD bn
 * @param qeTermPremiumPerTrillion fall of the term premium per USD trillion of QE holdings ({@code fed.qeTermPremiumPerTrillion})
 * @param stressIndex              the Fed's stress index just read (prices the corporate spreads)
 */
public record BondInputs(double policyRate, double neutralNominalRate, double qeHoldings,
        double qeTermPremiumPerTrillion, double stressIndex) {
}
