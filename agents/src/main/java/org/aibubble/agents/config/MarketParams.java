package org.aibubble.agents.config;

import java.io.Serializable;

/**
 * Equity, bond and compute markets.
 *
 * @param priceImpact            log price change per unit of households' net demand (share of market value)
 * @param fundamentalistReaction fundamentalists' demand per unit of log mispricing, per month
 * @param trendReaction          trend-followers' demand per unit of monthly momentum
 * @param momentumMonths         months over which momentum is measured
 * @param equityNoise            monthly s.d. of news shocks to each listed firm's price
 * @param fairPeScale            fair P/E = fairPeScale / (10-year yield + fairPeOffset): 20x / 17.5x / 15.4x at 3.5% / 4.5% / 5.5%
 * @param fairPeOffset           see fairPeScale
 * @param aiGrowthPremium        weight of extrapolated AI revenue (relative to the start) in the AI firms' value
 * @param initialMispricing      log of price over fundamental value at the start (the valuation starts high)
 * @param termPremium0           term premium of the 10-year yield at the start
 * @param pathReversion          yearly speed at which the expected policy path returns to neutral
 * @param baseSpread             corporate bond spread at zero leverage and stress
 * @param leverageSpread         spread per unit of debt / EBITDA
 * @param stressSpread           spread per unit of the stress index
 * @param depositSpread          deposit rate below the policy rate
 * @param cardSpread             card rate over the policy rate
 * @param computePriceElasticity compute price response to demand over capacity (per month)
 * @param targetUtilisation      utilisation of compute capacity at which the price is stable
 * @param computePriceMaxMove    largest monthly change of the compute price (share)
 * @param maxMonthlyMove         largest monthly log move of a listed firm's price
 * @param momentumSignalScale    scale of the market's momentum in the trend rule's fitness, {@code tanh(signal / scale)}
 * @param mispricingSignalScale  scale of the market's mispricing in the fundamentalist rule's fitness
 * @param aiGrowthMemoryMonths   months over which the market's expected AI revenue growth adapts
 * @param broadNewsShare         share of the AI news shock that moves firms outside the AI index
 * @param idiosyncraticNoiseShare s.d. of each firm's own news as a share of equityNoise
 * @param earningsHorizonMonths  months over which investors smooth a firm's earnings when valuing it
 * @param earningsRatioFloor     floor of long-run over starting earnings in fundamental value
 * @param minEarningsYield       floor of average earnings over market value in the valuation ratio
 * @param aiGrowthFloor          lowest expected AI revenue growth that enters the AI premium
 * @param aiGrowthCap            highest expected AI revenue growth that enters the AI premium
 * @param trendExtrapolation     trend-followers' response to a month's change of fundamental value, relative to
 *                               the fundamentalists' (who price it in one for one)
 * @param spreadDiscountWeight   weight of the widening of the corporate spread since the start in the equity
 *                               discount rate of the fair P/E
 * @param depthLoss              how much thinner the market gets as trend-followers replace fundamentalists:
 *                               price impact {@code priceImpact / (1 - depthLoss n)}
 * @param misalignmentAversion   how much the market's distance from fundamental value (log, squared) counts
 *                               against the trend rule in the belief choice, in units of its performance advantage
 * @param aiHorizonYears         years over which the market extrapolates AI revenue at its expected growth
 * @param calmVolatility         annual volatility of the broad index below which the market keeps its full depth
 * @param volatilityMemoryMonths months over which investors average squared broad-index returns into the
 *                               volatility they have recently seen
 * @param illiquidityElasticity  elasticity of the market's illiquidity to recent volatility above calmVolatility
 * @param maxIlliquidity         largest illiquidity (multiple of the calm market's price impact)
 * @param fundamentalistNoise    s.d. of the fundamentalists' monthly demand noise (share of market value)
 * @param trendNoise             s.d. of the trend-followers' monthly demand noise (share of market value)
 * @param sentimentPersistence   monthly persistence of each rule's sentiment position, whose changes are its
 *                               demand noise (1: the orders' noise is never unwound)
 */
public record MarketParams(double priceImpact, double fundamentalistReaction, double trendReaction,
        int momentumMonths, double equityNoise, double fairPeScale, double fairPeOffset, double aiGrowthPremium,
        double initialMispricing, double termPremium0, double pathReversion, double baseSpread,
        double leverageSpread, double stressSpread, double depositSpread, double cardSpread,
        double computePriceElasticity, double targetUtilisation, double computePriceMaxMove, double maxMonthlyMove,
        double momentumSignalScale, double mispricingSignalScale, double aiGrowthMemoryMonths, double broadNewsShare,
        double idiosyncraticNoiseShare, double earningsHorizonMonths, double earningsRatioFloor,
        double minEarningsYield, double aiGrowthFloor, double aiGrowthCap, double trendExtrapolation,
        double spreadDiscountWeight, double depthLoss, double misalignmentAversion, double aiHorizonYears,
        double calmVolatility, double volatilityMemoryMonths, double illiquidityElasticity, double maxIlliquidity,
        double fundamentalistNoise, double trendNoise, double sentimentPersistence)
        implements Serializable {
    /** Validates every field. */
    public MarketParams {
        Require.inRange("priceImpact", priceImpact, 0, 10);
        Require.inRange("fundamentalistReaction", fundamentalistReaction, 0, 5);
        Require.inRange("trendReaction", trendReaction, 0, 10);
        Require.inRange("momentumMonths", momentumMonths, 1, 36);
        Require.inRange("equityNoise", equityNoise, 0, 0.5);
        Require.inRange("fairPeScale", fairPeScale, 0.01, 100);
        Require.inRange("fairPeOffset", fairPeOffset, -0.02, 0.5);
        Require.inRange("aiGrowthPremium", aiGrowthPremium, 0, 100);
        Require.inRange("initialMispricing", initialMispricing, -2, 2);
        Require.inRange("termPremium0", termPremium0, -0.05, 0.1);
        Require.inRange("pathReversion", pathReversion, 0, 5);
        Require.inRange("baseSpread", baseSpread, 0, 0.2);
        Require.inRange("leverageSpread", leverageSpread, 0, 0.1);
        Require.inRange("stressSpread", stressSpread, 0, 0.2);
        Require.inRange("depositSpread", depositSpread, 0, 0.1);
        Require.inRange("cardSpread", cardSpread, 0, 0.5);
        Require.inRange("computePriceElasticity", computePriceElasticity, 0, 5);
        Require.inRange("targetUtilisation", targetUtilisation, 0.1, 1);
        Require.inRange("computePriceMaxMove", computePriceMaxMove, 0, 1);
        Require.inRange("maxMonthlyMove", maxMonthlyMove, 0.01, 5);
        Require.inRange("momentumSignalScale", momentumSignalScale, 1e-6, 10);
        Require.inRange("mispricingSignalScale", mispricingSignalScale, 1e-6, 10);
        Require.inRange("aiGrowthMemoryMonths", aiGrowthMemoryMonths, 1, 120);
        Require.share("broadNewsShare", broadNewsShare);
        Require.inRange("idiosyncraticNoiseShare", idiosyncraticNoiseShare, 0, 5);
        Require.inRange("earningsHorizonMonths", earningsHorizonMonths, 1, 240);
        Require.share("earningsRatioFloor", earningsRatioFloor);
        Require.share("minEarningsYield", minEarningsYield);
        Require.inRange("aiGrowthFloor", aiGrowthFloor, -1, 0);
        Require.inRange("aiGrowthCap", aiGrowthCap, 0, 20);
        Require.inRange("trendExtrapolation", trendExtrapolation, 0, 20);
        Require.inRange("spreadDiscountWeight", spreadDiscountWeight, 0, 5);
        Require.inRange("depthLoss", depthLoss, 0, 0.95);
        Require.inRange("misalignmentAversion", misalignmentAversion, 0, 100);
        Require.inRange("aiHorizonYears", aiHorizonYears, 0, 20);
        Require.inRange("calmVolatility", calmVolatility, 0.01, 1);
        Require.inRange("volatilityMemoryMonths", volatilityMemoryMonths, 1, 120);
        Require.inRange("illiquidityElasticity", illiquidityElasticity, 0, 0.95);
        Require.inRange("maxIlliquidity", maxIlliquidity, 1, 10);
        Require.inRange("fundamentalistNoise", fundamentalistNoise, 0, 0.5);
        Require.inRange("trendNoise", trendNoise, 0, 0.5);
        Require.share("sentimentPersistence", sentimentPersistence);
    }
}
