package org.aibubble.agents.markets;

import org.aibubble.agents.config.MarketParams;

/**
 * The equity market's price formation, as pure functions (docs/MODEL.md, "equity"): each firm's monthly
 * log move {@code clamp(lambda [(1-n) phi ln(F/P) + n chi m] + news, +-maxMonthlyMove)}; fundamental value
 * from long-run earnings, the fair P/E set by the 10-year yield and, for AI firms, an AI growth premium;
 * and the performance of the two forecasting rules households choose between.
 */
public final class EquityPricing {
    private EquityPricing() {
    }

    /**
     * @param p          {@code markets.priceImpact}, {@code fundamentalistReaction}, {@code trendReaction}, {@code maxMonthlyMove}
     * @param trendShare share of investing wealth that follows the trend
     * @param mispricing log of fundamental value over market value
     * @param momentum   log change of market value per month over the momentum window
     * @param commonNews this month's common (AI) news reaching the firm, log ({@link #commonNews})
     * @param ownNews    this month's news of the firm alone, log ({@link #ownNews})
     * @return the firm's log price move this month
     */
    public static double move(MarketParams p, double trendShare, double mispricing, double momentum,
            double commonNews, double ownNews) {
        double demand = (1 - trendShare) * p.fundamentalistReaction() * mispricing
                + trendShare * p.trendReaction() * momentum;
        double move = p.priceImpact() * demand + commonNews + ownNews;
        return Math.max(-p.maxMonthlyMove(), Math.min(p.maxMonthlyMove(), move));
    }

    /**
     * @param p        {@code markets.broadNewsShare}
     * @param aiMember whether the firm is in the AI index
     * @param aiNews   this month's AI news shock, log
     * @return the part of it that reaches the firm
     */
    public static double commonNews(MarketParams p, boolean aiMember, double aiNews) {
        return aiMember ? aiNews : p.broadNewsShare() * aiNews;
    }

    /**
     * @param p    {@code markets.equityNoise}, {@code idiosyncraticNoiseShare}
     * @param draw a standard normal draw
     * @return the firm's own news this month, log
     */
    public static double ownNews(MarketParams p, double draw) {
        return p.idiosyncraticNoiseShare() * p.equityNoise() * draw;
    }

    /**
     * @param p        {@code markets.fairPeScale}, {@code fairPeOffset}
     * @param yield10y the 10-year Treasury yield
     * @return the fair P/E ({@code fairPeScale / (yield + fairPeOffset)})
     */
    public static double fairPe(MarketParams p, double yield10y) {
        return p.fairPeScale() / (yield10y + p.fairPeOffset());
    }

    /**
     * @param p                 {@code markets.aiGrowthPremium}, {@code aiGrowthFloor}, {@code aiGrowthCap}
     * @param expectedAiGrowth  the market's expected yearly AI revenue growth
     * @return the AI firms' valuation premium factor
     */
    public static double aiPremium(MarketParams p, double expectedAiGrowth) {
        return 1 + p.aiGrowthPremium() * Math.max(p.aiGrowthFloor(), Math.min(p.aiGrowthCap(), expectedAiGrowth));
    }

    /**
     * @param p        {@code markets.aiGrowthMemoryMonths}
     * @param expected the expectation so far
     * @param observed this month's year-on-year AI revenue growth
     * @return the new expectation (adapting over {@code aiGrowthMemoryMonths})
     */
    public static double expectAiGrowth(MarketParams p, double expected, double observed) {
        return expected + (observed - expected) / p.aiGrowthMemoryMonths();
    }

    /**
     * @param memory      {@code households.beliefs.memory}
     * @param fitness     the rule's fitness so far
     * @param broadReturn the broad index's log return this month, annualised
     * @param signal      last month's signal of the rule (momentum or mispricing)
     * @param scale       {@code markets.momentumSignalScale} or {@code mispricingSignalScale}
     * @return the rule's new fitness: {@code m U + (1 - m) r tanh(signal / scale)}
     */
    public static double fitness(double memory, double fitness, double broadReturn, double signal, double scale) {
        return memory * fitness + (1 - memory) * broadReturn * Math.tanh(signal / scale);
    }
}
