package org.aibubble.agents.markets;

import org.aibubble.agents.config.MarketParams;

/**
 * The equity market's price formation, as pure functions (docs/MODEL.md, "equity"): each firm's monthly
 * log move {@code clamp(rho(n) (L dlnF - d) + L news + lambda(n) [(1-n) phi ln(F/P) + n chi m], +-maxMonthlyMove)}
 * with L the illiquidity after recent volatility; fundamental value from long-run earnings, the fair P/E set by the 10-year yield and, for AI firms, an AI growth premium;
 * and the performance of the two forecasting rules households choose between.
 */
public final class EquityPricing {
    /** Lowest discount rate in the fair P/E (yield + offset + spread term), per year: caps it at 100x. */
    public static final double MIN_DISCOUNT = 0.014;

    private EquityPricing() {
    }

    /**
     * The month's log price move of one firm:
     * {@code clamp(rho(n) (L dlnF - d) + L news + lambda(n) [(1-n) (phi ln(F/P) + e_f) + n (chi m + e_c)], +-maxMonthlyMove)}.
     * The market meets a change of fundamental value as far as its liquidity lets it ({@link #metChange}, L);
     * the part it expected, d, is not priced again (it reaches the price through the fundamentalists' pull to
     * value); the fundamentalists price the surprise in one for one, the trend-followers extrapolate it
     * ({@link #newsReaction}); the news moves the price by the illiquidity L ({@link #illiquidity}); the two
     * rules' net demand, each with its own noise ({@link #demandNoise}), moves it by the market's depth
     * ({@link #impact}).
     *
     * @param p           {@code markets.fundamentalistReaction}, {@code trendReaction}, {@code maxMonthlyMove} and
     *                    those of {@link #newsReaction} and {@link #impact}
     * @param trendShare  n, the share of investing wealth that follows the trend
     * @param mispricing  log of fundamental value over market value
     * @param momentum    log change of market value per month over the momentum window
     * @param drift       d, the expected met change of fundamental value (its recent average)
     * @param surprise    this month's met change of fundamental value less the expected one, {@code L dlnF - d}
     * @param news        this month's news reaching the firm, log ({@link #commonNews} plus {@link #ownNews})
     * @param illiquidity L, the market's price impact relative to a calm market's ({@link #illiquidity}), >= 1
     * @param noise       the rules' demand noise this month, {@code (1-n) e_f + n e_c} ({@link #demandNoise})
     * @return the firm's log price move this month
     */
    public static double move(MarketParams p, double trendShare, double mispricing, double momentum,
            double drift, double surprise, double news, double illiquidity, double noise) {
        double demand = (1 - trendShare) * p.fundamentalistReaction() * mispricing
                + trendShare * p.trendReaction() * momentum + noise;
        double move = newsReaction(p, trendShare) * surprise + impact(p, trendShare) * demand + illiquidity * news;
        return Math.max(-p.maxMonthlyMove(), Math.min(p.maxMonthlyMove(), move));
    }

    /**
     * The part of the two rules' net demand that their signals do not explain (Franke and Westerhoff 2012,
     * "Structural stochastic volatility in asset pricing dynamics", JEDC 36): each group's orders scatter
     * around its rule with its own dispersion, the trend-followers' far more than the fundamentalists'
     * (chartists read many signals at many horizons; fundamentalists agree on value). Its variance,
     * {@code (1-n)^2 fundamentalistNoise^2 var(dh_f) + n^2 trendNoise^2 var(dh_c)}, rises with the
     * trend-followers' share, so volatility clusters while the share is high and the mixture of calm and
     * turbulent regimes makes the tails fat, without a strong trend signal to make returns predictable.
     *
     * @param p               {@code markets.fundamentalistNoise}, {@code trendNoise}
     * @param trendShare      n
     * @param fundamentalOrders the change of the fundamentalists' sentiment this month, dh_f ({@link #sentiment})
     * @param trendOrders       the change of the trend-followers' sentiment this month, dh_c
     * @return {@code (1-n) fundamentalistNoise dh_f + n trendNoise dh_c}, in units of demand
     */
    public static double demandNoise(MarketParams p, double trendShare, double fundamentalOrders,
            double trendOrders) {
        return (1 - trendShare) * p.fundamentalistNoise() * fundamentalOrders
                + trendShare * p.trendNoise() * trendOrders;
    }

    /**
     * A group's sentiment, the position its members hold beyond what its rule asks for (in s.d.s of its
     * dispersion). As in De Long, Shleifer, Summers and Waldmann (1990, "Noise trader risk in financial
     * markets", JPE 98) the price carries the noise traders' current misperception, not the sum of all past
     * ones: a group's stray position is unwound as it fades, so its orders are the change of the position,
     * {@code dh = h' - h = eps - (1 - sentimentPersistence) h}.
     *
     * @param p         {@code markets.sentimentPersistence}
     * @param sentiment the group's sentiment h so far
     * @param draw      this month's standard normal draw of the group
     * @return the new sentiment {@code h' = sentimentPersistence h + eps}
     */
    public static double sentiment(MarketParams p, double sentiment, double draw) {
        return p.sentimentPersistence() * sentiment + draw;
    }

    /**
     * @param illiquidity L ({@link #illiquidity})
     * @param change      this month's log change of fundamental value
     * @return the change as the market meets it, {@code L dlnF}: an illiquid market overshoots news of value;
     *         because the expectation d is kept in the same units ({@link #expectRevaluation}), the overshoot
     *         unwinds as the surprise fades, whatever the liquidity of the months that follow
     */
    public static double metChange(double illiquidity, double change) {
        return illiquidity * change;
    }

    /**
     * @param p        {@code markets.momentumMonths}
     * @param expected d, the expected met change so far
     * @param met      this month's met change ({@link #metChange})
     * @return the new expectation, {@code d' = d + (met - d) / momentumMonths}
     */
    public static double expectRevaluation(MarketParams p, double expected, double met) {
        return expected + (met - expected) / p.momentumMonths();
    }

    /**
     * The market's illiquidity after recent volatility: the investors who make the market deep hold less risk
     * when they have recently seen the market move more (mean-variance demand falls with the variance they
     * expect; Brock and Hommes 1998, Gaunersdorfer 2000; liquidity spirals, Brunnermeier and Pedersen 2009), so
     * the same flow or news moves the price further.
     *
     * @param p              {@code markets.calmVolatility}, {@code illiquidityElasticity}, {@code maxIlliquidity}
     * @param recentVariance the broad index's recent monthly return variance ({@link #recentVariance})
     * @return {@code L = min(maxIlliquidity, max(1, sigma / calmVolatility)^illiquidityElasticity)}, sigma the
     *         annualised recent volatility {@code sqrt(12 v)}: 1 in a calm market
     */
    public static double illiquidity(MarketParams p, double recentVariance) {
        double ratio = Math.max(1, Math.sqrt(12 * Math.max(0, recentVariance)) / p.calmVolatility());
        return Math.min(p.maxIlliquidity(), Math.pow(ratio, p.illiquidityElasticity()));
    }

    /**
     * @param p            {@code markets.volatilityMemoryMonths}
     * @param variance     the recent monthly return variance so far
     * @param monthlyReturn the broad index's log return this month
     * @return the new recent variance, {@code v' = v + (r^2 - v) / volatilityMemoryMonths}
     */
    public static double recentVariance(MarketParams p, double variance, double monthlyReturn) {
        return variance + (monthlyReturn * monthlyReturn - variance) / p.volatilityMemoryMonths();
    }

    /**
     * @param p          {@code markets.trendExtrapolation}
     * @param trendShare n
     * @return how much of a change of fundamental value reaches the price this month:
     *         {@code (1 - n) + n trendExtrapolation}
     */
    public static double newsReaction(MarketParams p, double trendShare) {
        return (1 - trendShare) + trendShare * p.trendExtrapolation();
    }

    /**
     * @param p          {@code markets.priceImpact}, {@code depthLoss}
     * @param trendShare n
     * @return the log price change per unit of net demand: {@code priceImpact / (1 - depthLoss n)}; the
     *         fundamentalists make the market deep, so it thins as trend-followers replace them
     */
    public static double impact(MarketParams p, double trendShare) {
        return p.priceImpact() / (1 - p.depthLoss() * trendShare);
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
     * @param p              {@code markets.fairPeScale}, {@code fairPeOffset}, {@code spreadDiscountWeight}
     * @param yield10y       the 10-year Treasury yield
     * @param spreadWidening how far the corporate spread has widened since the start
     * @return the fair P/E, {@code fairPeScale / max(MIN_DISCOUNT, yield + fairPeOffset + w spreadWidening)}:
     *         cheap funding lifts valuations, wider spreads (dearer risk) cut them
     */
    public static double fairPe(MarketParams p, double yield10y, double spreadWidening) {
        double discount = yield10y + p.fairPeOffset() + p.spreadDiscountWeight() * spreadWidening;
        return p.fairPeScale() / Math.max(MIN_DISCOUNT, discount);
    }

    /**
     * The AI firms' premium for the AI revenue the market extrapolates: today's AI revenue (relative to the
     * start) grown at the expected rate over the horizon.
     *
     * @param p                {@code markets.aiGrowthPremium}, {@code aiHorizonYears}, {@code aiGrowthFloor},
     *                         {@code aiGrowthCap}
     * @param revenueRatio     AI end revenue now over AI end revenue in the first month
     * @param expectedAiGrowth the market's expected yearly AI revenue growth
     * @return {@code 1 + aiGrowthPremium (R / R_0) (1 + clamp(E[g], floor, cap))^aiHorizonYears}
     */
    public static double aiPremium(MarketParams p, double revenueRatio, double expectedAiGrowth) {
        double growth = Math.max(p.aiGrowthFloor(), Math.min(p.aiGrowthCap(), expectedAiGrowth));
        return 1 + p.aiGrowthPremium() * Math.max(0, revenueRatio) * Math.pow(1 + growth, p.aiHorizonYears());
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
     * @param p          {@code markets.misalignmentAversion}
     * @param fitnessGap the trend rule's recent performance less the fundamentalist rule's (annualised)
     * @param mispricing the market's log mispricing (cap-weighted {@code ln(F/P)})
     * @return the trend rule's advantage in the belief choice: {@code fitnessGap - misalignmentAversion x^2};
     *         the further prices stray from value, in either direction, the more households fear the reversal
     *         and turn to fundamentals (the misalignment term of Franke and Westerhoff 2012)
     */
    public static double trendAdvantage(MarketParams p, double fitnessGap, double mispricing) {
        return fitnessGap - p.misalignmentAversion() * mispricing * mispricing;
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
