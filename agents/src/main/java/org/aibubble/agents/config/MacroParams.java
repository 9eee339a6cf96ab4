package org.aibubble.agents.config;

import java.io.Serializable;

/**
 * The macro economy and the sectors that close it. USD billions; monthly flows per month unless stated.
 * Every stock and flow has a range an economy of the size modelled can have (about ten times the
 * baseline's US-2025 value at most), so the books' relative tolerance stays meaningful.
 *
 * @param consumption0          household consumption at the start, per month
 * @param governmentPurchases   government purchases from firms at the start, per month (indexed to prices)
 * @param unemployment0         unemployment rate at the start
 * @param naturalUnemployment   unemployment rate consistent with stable inflation
 * @param inflation0            yearly inflation at the start
 * @param inflationTarget       the Fed's target
 * @param phillipsSlope         yearly nominal wage growth per unit of unemployment gap
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
 * @param wageDownwardFlexibility share of a nominal wage cut the wage Phillips curve asks for that happens
 * @param pricePassThrough      share of the gap between prices and their markup over unit labour cost closed per month
 * @param expectationAnchoring  monthly pull of expected inflation towards the Fed's target
 * @param vacancyWageSlope      yearly nominal wage growth per unit of unfilled jobs (firms' target above employment)
 * @param firmsCashBufferMonths months of sales other firms keep as deposits before they issue bonds
 * @param minEmploymentShare    lowest employment target of other firms (share of the labour force)
 * @param maxEmploymentShare    highest employment target of other firms (share of the labour force)
 * @param investmentFactorMin   lowest factor the real 10-year yield applies to other firms' investment
 * @param investmentFactorMax   highest factor the real 10-year yield applies to other firms' investment
 * @param firmsBondLeverage     debt over annual EBITDA at which other firms' bonds are priced
 * @param okunElasticity        elasticity of labour demand to output relative to potential (the rest is hours and
 *                              effort: labour hoarding)
 * @param wageProductivityShare share of labour-productivity growth that passes into nominal wage growth
 * @param dividendAdjustment    share of the gap between a firm's (or the bank's) dividend and its target closed
 *                              per month
 * @param capitalAdjustment     share of the gap between other firms' desired and actual capital closed per month
 * @param salesExpectationMonths months over which other firms' expected real sales follow actual ones
 * @param productivityExpectationMonths months over which the trend productivity growth pay bargains read follows
 *                              realised productivity growth (an exponential average)
 */
public record MacroParams(double consumption0, double governmentPurchases, double unemployment0,
        double naturalUnemployment, double inflation0, double inflationTarget, double phillipsSlope,
        double expectationAdaptation, double labourAdjustment, double corporateTaxRate, double firmsPayout,
        double firmsBonds, double firmsDeposits, double firmsCapital, double firmsMarketCap, double firmsInvestment,
        double softwareSpendShare, double softwareDebt, double softwareMargin, double softwareEquity,
        double chipMargin, double chipMarketCap, double chipDeposits, double governmentDebt,
        double householdTreasuryShare, double householdBondShare, double bankEquityReturn,
        double investmentRateSensitivity, double wageDownwardFlexibility, double pricePassThrough,
        double expectationAnchoring, double vacancyWageSlope, double firmsCashBufferMonths,
        double minEmploymentShare, double maxEmploymentShare, double investmentFactorMin, double investmentFactorMax,
        double firmsBondLeverage, double okunElasticity, double wageProductivityShare,
        double dividendAdjustment, double capitalAdjustment, double salesExpectationMonths,
        double productivityExpectationMonths) implements Serializable {
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
        Require.inRange("firmsBonds", firmsBonds, 0, 60_000);
        Require.inRange("firmsDeposits", firmsDeposits, 0, 30_000);
        Require.inRange("firmsCapital", firmsCapital, 0, 300_000);
        Require.inRange("firmsMarketCap", firmsMarketCap, 1, 440_000);
        Require.inRange("firmsInvestment", firmsInvestment, 0, 3_000);
        Require.share("softwareSpendShare", softwareSpendShare);
        Require.inRange("softwareDebt", softwareDebt, 0, 1_200);
        Require.share("softwareMargin", softwareMargin);
        Require.inRange("softwareEquity", softwareEquity, 0, 2_500);
        Require.share("chipMargin", chipMargin);
        Require.inRange("chipMarketCap", chipMarketCap, 1, 45_000);
        Require.inRange("chipDeposits", chipDeposits, 0, 600);
        Require.inRange("governmentDebt", governmentDebt, 0, 220_000);
        Require.share("householdTreasuryShare", householdTreasuryShare);
        Require.share("householdBondShare", householdBondShare);
        Require.share("bankEquityReturn", bankEquityReturn);
        Require.inRange("investmentRateSensitivity", investmentRateSensitivity, 0, 50);
        Require.share("wageDownwardFlexibility", wageDownwardFlexibility);
        Require.inRange("pricePassThrough", pricePassThrough, 0.001, 1);
        Require.share("expectationAnchoring", expectationAnchoring);
        Require.inRange("vacancyWageSlope", vacancyWageSlope, 0, 10);
        Require.inRange("firmsCashBufferMonths", firmsCashBufferMonths, 0, 24);
        Require.share("minEmploymentShare", minEmploymentShare);
        Require.inRange("maxEmploymentShare", maxEmploymentShare, minEmploymentShare, 1);
        Require.inRange("investmentFactorMin", investmentFactorMin, 0, 1);
        Require.inRange("investmentFactorMax", investmentFactorMax, 1, 10);
        Require.inRange("firmsBondLeverage", firmsBondLeverage, 0, 20);
        Require.inRange("okunElasticity", okunElasticity, 0.1, 1);
        Require.share("wageProductivityShare", wageProductivityShare);
        Require.inRange("dividendAdjustment", dividendAdjustment, 0.001, 1);
        Require.share("capitalAdjustment", capitalAdjustment);
        Require.inRange("salesExpectationMonths", salesExpectationMonths, 1, 60);
        Require.inRange("productivityExpectationMonths", productivityExpectationMonths, 1, 120);
    }
}
