package org.aibubble.agents.config;

import java.io.Serializable;

/**
 * The macro economy and the sectors that close it. USD billions; monthly flows per month unless stated.
 *
 * @param consumption0          household consumption at the start, per month
 * @param governmentPurchases   government purchases from firms at the start, per month (indexed to prices)
 * @param unemployment0         unemployment rate at the start
 * @param naturalUnemployment   unemployment rate consistent with stable inflation
 * @param inflation0            yearly inflation at the start
 * @param inflationTarget       the Fed's target
 * @param phillipsSlope         yearly inflation per point of unemployment gap
 * @param expectationAdaptation monthly adaptation of expected inflation to actual
 * @param labourAdjustment      share of the gap to labour demand closed per month
 * @param corporateTaxRate      tax on positive profits
 * @param firmsPayout           share of other firms' positive after-tax profit paid as dividends
 * @param firmsBonds            other firms' bonds outstanding at the start
 * @param firmsDeposits         other firms' deposits at the start
 * @param firmsCapital          other firms' fixed capital at the start
 * @param firmsMarketCap        other firms' equity market value at the start
 * @param firmsInvestment       other firms' own investment (replacement), per month
 * @param softwareSpendShare    share of other firms' sales spent on software
 * @param softwareDebt          software borrowers' private-credit debt at the start
 * @param softwareMargin        software borrowers' operating margin on their revenue
 * @param softwareEquity        software borrowers' equity (sponsor-owned) at the start
 * @param chipMargin            chip vendor's margin on GPU sales (the rest is bought from other firms)
 * @param chipMarketCap         chip vendor's equity market value at the start
 * @param chipDeposits          chip vendor's deposits at the start
 * @param governmentDebt        Treasuries outstanding at the start
 * @param householdTreasuryShare share of Treasuries not held by the Fed that households hold (via funds)
 * @param householdBondShare    share of corporate bonds that households hold (the bank holds the rest)
 * @param bankEquityReturn      share of the bank's positive monthly profit paid to its owners
 * @param investmentRateSensitivity fall of other firms' investment per unit rise of the real 10-year yield over its start
 * @param inflationFloor        lowest yearly inflation (downward nominal wage rigidity)
 */
public record MacroParams(double consumption0, double governmentPurchases, double unemployment0,
        double naturalUnemployment, double inflation0, double inflationTarget, double phillipsSlope,
        double expectationAdaptation, double labourAdjustment, double corporateTaxRate, double firmsPayout,
        double firmsBonds, double firmsDeposits, double firmsCapital, double firmsMarketCap, double firmsInvestment,
        double softwareSpendShare, double softwareDebt, double softwareMargin, double softwareEquity,
        double chipMargin, double chipMarketCap, double chipDeposits, double governmentDebt,
        double householdTreasuryShare, double householdBondShare, double bankEquityReturn,
        double investmentRateSensitivity, double inflationFloor) implements Serializable {
    /** Validates every field. */
    public MacroParams {
        Require.inRange("consumption0", consumption0, 1, 1e5);
        Require.inRange("governmentPurchases", governmentPurchases, 0, 1e5);
        Require.inRange("unemployment0", unemployment0, 0, 0.5);
        Require.inRange("naturalUnemployment", naturalUnemployment, 0, 0.5);
        Require.inRange("inflation0", inflation0, -0.1, 0.5);
        Require.inRange("inflationTarget", inflationTarget, -0.05, 0.2);
        Require.inRange("phillipsSlope", phillipsSlope, 0, 5);
        Require.share("expectationAdaptation", expectationAdaptation);
        Require.share("labourAdjustment", labourAdjustment);
        Require.share("corporateTaxRate", corporateTaxRate);
        Require.share("firmsPayout", firmsPayout);
        Require.nonNegative("firmsBonds", firmsBonds);
        Require.nonNegative("firmsDeposits", firmsDeposits);
        Require.nonNegative("firmsCapital", firmsCapital);
        Require.positive("firmsMarketCap", firmsMarketCap);
        Require.nonNegative("firmsInvestment", firmsInvestment);
        Require.share("softwareSpendShare", softwareSpendShare);
        Require.nonNegative("softwareDebt", softwareDebt);
        Require.share("softwareMargin", softwareMargin);
        Require.nonNegative("softwareEquity", softwareEquity);
        Require.share("chipMargin", chipMargin);
        Require.positive("chipMarketCap", chipMarketCap);
        Require.nonNegative("chipDeposits", chipDeposits);
        Require.nonNegative("governmentDebt", governmentDebt);
        Require.share("householdTreasuryShare", householdTreasuryShare);
        Require.share("householdBondShare", householdBondShare);
        Require.share("bankEquityReturn", bankEquityReturn);
        Require.inRange("investmentRateSensitivity", investmentRateSensitivity, 0, 50);
        Require.inRange("inflationFloor", inflationFloor, -0.5, 0.1);
    }
}
