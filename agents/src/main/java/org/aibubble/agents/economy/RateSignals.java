package org.aibubble.agents.economy;

import java.io.Serializable;

import org.aibubble.agents.markets.SpreadCurve;
import org.aibubble.agents.policy.FedTier;

/**
 * What the Fed and the bond market publish once they have moved: the policy stance and the rates every
 * borrower and lender reads. Published in the POLICY phase after the bond-market update
 * ({@link Economy#ratesThisMonth()}) and again, unchanged, inside the month-end {@link MonthSignals}.
 * Rates are fractions per year; stocks USD bn.
 *
 * @param policyRate         the policy rate
 * @param neutralNominalRate the neutral nominal rate r* + inflation target
 * @param fedTier            the Fed's tier of escalation
 * @param stressIndex        the Fed's financial-stress index (0 calm, about 1 a crisis)
 * @param qeHoldings         the Fed's QE holdings still held, USD bn
 * @param yield10y           the 10-year Treasury yield
 * @param termPremium        the term premium in the 10-year yield
 * @param treasuryCoupon     the average coupon paid on outstanding Treasuries
 * @param depositRate        the rate banks pay on deposits
 * @param cardRate           the rate on household card debt
 * @param corporateSpreads   the corporate spread quote (a function of the issuer's leverage)
 * @param bondMarketOpen     whether hyperscalers can issue bonds ({@link org.aibubble.agents.policy.Fed#bondMarketOpen()})
 */
public record RateSignals(double policyRate, double neutralNominalRate, FedTier fedTier, double stressIndex,
        double qeHoldings, double yield10y, double termPremium, double treasuryCoupon, double depositRate,
        double cardRate, SpreadCurve corporateSpreads, boolean bondMarketOpen) implements Serializable {
}
