package org.aibubble.agents.markets;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.aibubble.agents.config.MarketParams;
import org.aibubble.agents.firms.Payouts;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.parallel.MacroDecision;
import org.aibubble.agents.parallel.MacroDraws;

/**
 * The equity market. Each listed firm's price moves with the net demand of the investing households:
 * fundamentalists buy below and sell above fundamental value, trend-followers chase momentum, and
 * their weights are the households' current shares of each rule:
 * {@code dlnP = rho(n) (L dlnF - d) + L sigma eps + lambda [(1-n) (phi ln(F/P) + e_f) + n (chi m + e_c)]}, with
 * e_f and e_c each rule's demand noise (market-wide, one draw per rule a month) and L the market's
 * illiquidity after the volatility investors have recently seen. Fundamental value is trailing
 * earnings times a fair P/E set by the 10-year yield, lifted for AI firms by expected AI revenue
 * growth. Holdings are not traded in aggregate (households hold the market); prices move until net
 * demand is zero, and every holder's claim is revalued. The rules are {@link EquityPricing}'s; each month
 * the market reads only its {@link EquityInputs}.
 */
public final class EquityMarket implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Ledger ledger;
    private final MarketParams params;
    private final double beliefMemory;
    private final double aiRevenueGrowth0;
    private final MacroDraws draws;
    private final List<ListedFirm> firms = new ArrayList<>();
    private double[] cap0;
    private double[] fundamental0Scale;
    private double[] earnings0;
    private double[] longRunEarnings;
    private double[] lastLogFundamental;
    private double[] expectedRevaluation;
    private double[][] logCapHistory;
    private double fairPe0;
    private double aiPremium0;
    private double aiRevenue0 = Double.NaN;
    private double aiIndex = 100;
    private double broadIndex = 100;
    private double aiPeak = 100;
    private double trendFitness;
    private double fundamentalFitness;
    private double lastMomentumSignal;
    private double lastMispricingSignal;
    private double expectedAiGrowth;
    private double broadNewsReturn;
    private double broadNoiseReturn;
    private double recentVariance;
    private double illiquidity = 1;
    private double fundamentalSentiment;
    private double trendSentiment;
    private final double[] earningsHistory = new double[120];
    private int earningsObserved;
    private double earningsSum;

    /**
     * @param ledger           the ledger
     * @param params           market parameters
     * @param beliefMemory     weight of the past in the rules' fitness, per month ({@code households.beliefs.memory})
     * @param aiRevenueGrowth0 AI revenue growth of the year before the start ({@code labs.adoption.revenueGrowth0})
     * @param draws            its keyed draws (the AI news and each firm's news)
     */
    public EquityMarket(Ledger ledger, MarketParams params, double beliefMemory, double aiRevenueGrowth0,
            MacroDraws draws) {
        this.ledger = ledger;
        this.params = params;
        this.beliefMemory = beliefMemory;
        this.aiRevenueGrowth0 = aiRevenueGrowth0;
        this.draws = draws;
    }

    /** Lists a firm; call for every listed firm before {@link #open()}. */
    public void list(ListedFirm firm) {
        firms.add(firm);
    }

    /**
     * Records starting values once all firms are listed and their equity is in the ledger.
     *
     * @param yield10y the 10-year yield at the start (sets the starting fair P/E)
     */
    public void open(double yield10y) {
        int n = firms.size();
        cap0 = new double[n];
        fundamental0Scale = new double[n];
        earnings0 = new double[n];
        longRunEarnings = new double[n];
        lastLogFundamental = new double[n];
        expectedRevaluation = new double[n];
        logCapHistory = new double[n][params.momentumMonths() + 1];
        expectedAiGrowth = aiRevenueGrowth0;
        recentVariance = params.calmVolatility() * params.calmVolatility() / 12;
        fairPe0 = EquityPricing.fairPe(params, yield10y, 0);
        aiPremium0 = EquityPricing.aiPremium(params, 1, expectedAiGrowth);
        for (int j = 0; j < n; j++) {
            cap0[j] = marketCap(firms.get(j));
            earnings0[j] = Double.NaN;
            double mispricing = firms.get(j).aiIndexMember() ? params.initialMispricing() : 0;
            fundamental0Scale[j] = cap0[j] * Math.exp(-mispricing);
            lastLogFundamental[j] = Math.log(fundamental0Scale[j]);
            java.util.Arrays.fill(logCapHistory[j], Math.log(cap0[j]));
        }
    }

    /**
     * Clears the market for this month (MARKETS phase).
     *
     * @param in what it reads this month
     */
    public void step(EquityInputs in) {
        double trendShare = in.trendShare();
        illiquidity = EquityPricing.illiquidity(params, recentVariance);
        double aiNews = params.equityNoise() * draws.gaussian(MacroDecision.AI_NEWS, in.month());
        double fundamentalSentiment0 = fundamentalSentiment;
        double trendSentiment0 = trendSentiment;
        fundamentalSentiment = EquityPricing.sentiment(params, fundamentalSentiment,
                draws.gaussian(MacroDecision.FUNDAMENTALIST_DEMAND, in.month()));
        trendSentiment = EquityPricing.sentiment(params, trendSentiment,
                draws.gaussian(MacroDecision.TREND_DEMAND, in.month()));
        double noise = EquityPricing.demandNoise(params, trendShare, fundamentalSentiment - fundamentalSentiment0,
                trendSentiment - trendSentiment0);
        expectedAiGrowth = EquityPricing.expectAiGrowth(params, expectedAiGrowth, in.aiRevenueGrowth());
        double fairPeRatio = EquityPricing.fairPe(params, in.yield10y(), in.spreadWidening()) / fairPe0;
        if (Double.isNaN(aiRevenue0)) {
            aiRevenue0 = Math.max(1e-9, in.aiRevenue());
        }
        double premiumRatio = EquityPricing.aiPremium(params, in.aiRevenue() / aiRevenue0, expectedAiGrowth)
                / aiPremium0;
        double momentumSignal = 0;
        double mispricingSignal = 0;
        double totalCap = 0;
        double withNews = 0;
        double withoutNews = 0;
        double withoutNoise = 0;
        int slot = (int) (in.month() % logCapHistory[0].length);
        for (int j = 0; j < firms.size(); j++) {
            ListedFirm firm = firms.get(j);
            double cap = marketCap(firm);
            double logCap = Math.log(cap);
            double momentum = (logCap - logCapHistory[j][slot]) / params.momentumMonths();
            double earningsRatio = earningsRatio(j, firm.trailingEarnings());
            double fundamental = fundamental0Scale[j] * earningsRatio * fairPeRatio
                    * (firm.aiIndexMember() ? premiumRatio : 1.0);
            double logFundamental = Math.log(fundamental);
            double change = logFundamental - lastLogFundamental[j];
            lastLogFundamental[j] = logFundamental;
            double drift = expectedRevaluation[j];
            double met = EquityPricing.metChange(illiquidity, change);
            expectedRevaluation[j] = EquityPricing.expectRevaluation(params, drift, met);
            double mispricing = logFundamental - logCap;
            double news = EquityPricing.commonNews(params, firm.aiIndexMember(), aiNews)
                    + EquityPricing.ownNews(params, draws.gaussian(MacroDecision.FIRM_NEWS, in.month(), j));
            double move = EquityPricing.move(params, trendShare, mispricing, momentum, drift, met - drift, news,
                    illiquidity, noise);
            withNews += cap * Math.exp(move);
            withoutNews += cap * Math.exp(
                    EquityPricing.move(params, trendShare, mispricing, momentum, drift, met - drift, 0, illiquidity,
                    noise));
            withoutNoise += cap * Math.exp(
                    EquityPricing.move(params, trendShare, mispricing, momentum, drift, met - drift, 0, illiquidity, 0));
            revalue(firm, Math.exp(move) - 1);
            logCapHistory[j][slot] = logCap;
            momentumSignal += cap * momentum;
            mispricingSignal += cap * mispricing;
            totalCap += cap;
        }
        broadNewsReturn = Math.log(withNews / withoutNews);
        broadNoiseReturn = Math.log(withNews / withoutNoise);
        double oldBroad = broadIndex;
        updateIndices();
        double monthlyReturn = Math.log(broadIndex / oldBroad);
        recentVariance = EquityPricing.recentVariance(params, recentVariance, monthlyReturn);
        double broadReturn = monthlyReturn * 12;
        trendFitness = EquityPricing.fitness(beliefMemory, trendFitness, broadReturn, lastMomentumSignal,
                params.momentumSignalScale());
        fundamentalFitness = EquityPricing.fitness(beliefMemory, fundamentalFitness, broadReturn,
                lastMispricingSignal, params.mispricingSignalScale());
        lastMomentumSignal = momentumSignal / totalCap;
        lastMispricingSignal = mispricingSignal / totalCap;
    }

    /**
     * Long-run earnings relative to the first twelve-month figure known (1 until a month has been
     * settled). Investors value a firm on earnings smoothed over about {@code earningsHorizonMonths}
     * months, not on one year's; the ratio is floored at {@code earningsRatioFloor} so a loss does not make
     * fundamental value vanish.
     */
    private double earningsRatio(int j, double trailing) {
        if (Double.isNaN(trailing)) {
            return 1.0;
        }
        if (Double.isNaN(earnings0[j])) {
            earnings0[j] = Math.max(1e-3, trailing);
            longRunEarnings[j] = trailing;
        }
        longRunEarnings[j] += (trailing - longRunEarnings[j]) / params.earningsHorizonMonths();
        return Math.max(params.earningsRatioFloor(), longRunEarnings[j] / earnings0[j]);
    }

    private void revalue(ListedFirm firm, double change) {
        Payouts.revalueAll(ledger, Instrument.EQUITY, firm.account(), change, -1);
    }

    private void updateIndices() {
        double ai = 0;
        double ai0 = 0;
        double all = 0;
        double all0 = 0;
        for (int j = 0; j < firms.size(); j++) {
            double cap = marketCap(firms.get(j));
            all += cap;
            all0 += cap0[j];
            if (firms.get(j).aiIndexMember()) {
                ai += cap;
                ai0 += cap0[j];
            }
        }
        aiIndex = 100 * ai / ai0;
        broadIndex = 100 * all / all0;
        aiPeak = Math.max(aiPeak, aiIndex);
    }

    /** @return the market value of {@code firm}'s equity, USD bn */
    public double marketCap(ListedFirm firm) {
        return ledger.liabilities(firm.account(), Instrument.EQUITY);
    }

    /** @return the market value of {@code firm}'s equity at the start, USD bn */
    public double startingCap(ListedFirm firm) {
        return cap0[firms.indexOf(firm)];
    }

    /** @return the AI equity index (hyperscalers and the chip vendor), 100 at the start */
    public double aiIndex() {
        return aiIndex;
    }

    /** @return the broad index (all listed firms), 100 at the start */
    public double broadIndex() {
        return broadIndex;
    }

    /** @return the AI index's fall from its running peak (share) */
    public double aiDrawdown() {
        return 1 - aiIndex / aiPeak;
    }

    /**
     * @return a Shiller-style valuation ratio: the market value of all listed equity over the average of
     *         their yearly earnings across the months observed so far (up to ten years), so that a year of
     *         collapsed earnings does not make the ratio explode; average earnings are floored at
     *         {@code minEarningsYield} (1%) of market value, so the ratio never exceeds 100
     */
    public double valuationRatio() {
        double cap = 0;
        for (ListedFirm firm : firms) {
            cap += marketCap(firm);
        }
        double average = earningsObserved > 0 ? earningsSum / earningsObserved : 0;
        return cap / Math.max(average, params.minEarningsYield() * cap);
    }

    /** Records this month's listed earnings for the valuation ratio (after firms have settled). */
    public void closeMonth() {
        double earnings = 0;
        for (ListedFirm firm : firms) {
            double e = firm.trailingEarnings();
            if (Double.isNaN(e)) {
                return;
            }
            earnings += e;
        }
        int slot = earningsObserved % earningsHistory.length;
        if (earningsObserved >= earningsHistory.length) {
            earningsSum -= earningsHistory[slot];
        } else {
            earningsObserved++;
        }
        earningsHistory[slot] = earnings;
        earningsSum += earnings;
    }

    /** @return the recent performance of the trend-following rule minus the fundamentalist rule (annualised) */
    public double trendAdvantage() {
        return EquityPricing.trendAdvantage(params, trendFitness - fundamentalFitness, lastMispricingSignal);
    }

    /**
     * @return the part of this month's log return of the broad index that the news made: the return less the
     *         return the same month would have had without the news ({@code broad_news_return})
     */
    public double broadNewsReturn() {
        return broadNewsReturn;
    }

    /**
     * @return the part of this month's log return of the broad index that the exogenous draws made, the news and
     *         the rules' demand noise: the return less the return the same month would have had with neither
     *         ({@code broad_noise_return})
     */
    public double broadNoiseReturn() {
        return broadNoiseReturn;
    }

    /** @return the market's illiquidity this month: its price impact relative to a calm market's (1 when calm) */
    public double illiquidity() {
        return illiquidity;
    }

    /** @return the market's expected yearly growth of AI revenue */
    public double expectedAiGrowth() {
        return expectedAiGrowth;
    }

    /** @return the AI index's log change over the last {@code momentumMonths}, per month */
    public double aiMomentum() {
        return lastMomentumSignal;
    }
}
