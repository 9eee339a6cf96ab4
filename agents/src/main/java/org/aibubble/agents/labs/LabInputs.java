package org.aibubble.agents.labs;

/**
 * What a model lab reads of the rest of the economy in its month (LABS phase), built by the economy's
 * wiring just before the lab acts: its market share among the labs as they stand, this month's AI end
 * revenue and compute price, the rate on its venture debt and the AI equity mood of last month's market.
 *
 * @param month        the month (0 = the start month)
 * @param marketShare  its share of AI end revenue ({@link LabRegistry#marketShare})
 * @param aiRevenue    AI end revenue this month, USD bn
 * @param computePrice the compute price this month, USD bn per unit-month
 * @param loanRate     the rate on its private-credit debt (policy rate plus the loan spread)
 * @param aiMomentum   the AI index's log change per month over the momentum window
 * @param aiDrawdown   the AI index's fall from its running peak (share)
 */
public record LabInputs(long month, double marketShare, double aiRevenue, double computePrice, double loanRate,
        double aiMomentum, double aiDrawdown) {
}
