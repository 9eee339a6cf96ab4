package org.aibubble.agents.labs;

import java.io.Serializable;

import org.aibubble.agents.config.AdoptionParams;
import org.aibubble.agents.labs.rules.AdoptionRule;
import org.aibubble.agents.parallel.MacroDecision;
import org.aibubble.agents.parallel.MacroDraws;

/**
 * AI adoption and the demand for tokens. Deep adoption follows a logistic S-curve whose speed rises
 * as productivity gains, which arrive with a lag, prove themselves. The price per token is the labs'
 * markup over the compute cost of serving it; compute per token falls with algorithmic efficiency
 * (with random breakthroughs). End revenue is volume times price:
 * {@code R = R0 (A/A0) (1+usageGrowth)^(t/12) (q/q0)^(1-elasticity)} ({@link AdoptionRule}).
 */
public final class AiDemand implements Serializable {
    private static final long serialVersionUID = 1L;

    private final AdoptionParams params;
    private final MacroDraws draws;
    private final double revenue0;
    private final double computePrice0;
    private final double[] adoptionHistory;
    private double adoption;
    private double computePerToken = 1.0;
    private double tokenPrice = 1.0;
    private double revenue;
    private double revenueYearAgo;
    private final double[] revenueHistory = new double[12];
    private long month;

    /**
     * @param params        adoption parameters
     * @param draws         its keyed draws (breakthrough shocks)
     * @param revenue0      AI end revenue at the start, USD bn per month (the labs' revenues)
     * @param computePrice0 the starting compute price
     */
    public AiDemand(AdoptionParams params, MacroDraws draws, double revenue0, double computePrice0) {
        this.params = params;
        this.draws = draws;
        this.revenue0 = revenue0;
        this.computePrice0 = computePrice0;
        this.adoption = params.deepAdoption0();
        this.adoptionHistory = new double[(int) Math.max(1, Math.round(params.productivityLagMonths())) + 1];
        java.util.Arrays.fill(adoptionHistory, adoption);
        this.revenue = revenue0;
        for (int m = 0; m < 12; m++) {
            revenueHistory[m] = revenue0 / Math.pow(1 + params.revenueGrowth0(), (12 - m) / 12.0);
        }
        this.revenueYearAgo = revenueHistory[0];
    }

    /**
     * Updates adoption, efficiency, the token price and end revenue (AI_DEMAND_AND_COMPUTE phase, after the
     * compute price is set).
     *
     * @param in the month and this month's compute price
     */
    public void update(DemandInputs in) {
        month = in.month();
        int slot = (int) (month % adoptionHistory.length);
        adoption = AdoptionRule.next(params, adoption, adoptionHistory[slot]);
        adoptionHistory[slot] = adoption;
        double drift = Math.log(1 - params.algorithmicEfficiency()) / 12;
        double shock = params.breakthroughVolatility() * draws.gaussian(MacroDecision.BREAKTHROUGH, month);
        computePerToken *= Math.exp(drift + shock);
        tokenPrice = in.computePrice() / computePrice0 * computePerToken;
        revenueYearAgo = revenueHistory[(int) (month % 12)];
        revenue = AdoptionRule.revenue(params, revenue0, adoption, month, tokenPrice);
        revenueHistory[(int) (month % 12)] = revenue;
    }

    /**
     * What AI demand reads in its month.
     *
     * @param month        the month (0 = the start month)
     * @param computePrice the compute price this month, USD bn per unit-month
     */
    public record DemandInputs(long month, double computePrice) {
    }

    /** @return share of firms using AI deeply */
    public double adoption() {
        return adoption;
    }

    /** @return deep adoption {@code productivityLagMonths} before the last update: what pays off in productivity now */
    public double laggedAdoption() {
        return adoptionHistory[(int) ((month + 1) % adoptionHistory.length)];
    }

    /** @return AI end revenue this month (consumers and firms paying labs), USD bn */
    public double revenue() {
        return revenue;
    }

    /** @return year-on-year growth of AI end revenue */
    public double revenueGrowth() {
        return revenueYearAgo > 0 ? revenue / revenueYearAgo - 1 : 0;
    }

    /** @return the token price relative to the start */
    public double tokenPrice() {
        return tokenPrice;
    }

    /** @return compute per token relative to the start */
    public double computePerToken() {
        return computePerToken;
    }

    /** @return the share of end revenue paid by consumers */
    public double consumerShare() {
        return params.consumerShare();
    }
}
