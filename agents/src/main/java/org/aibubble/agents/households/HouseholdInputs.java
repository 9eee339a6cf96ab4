package org.aibubble.agents.households;

import java.util.List;

/**
 * Everything the household sector reads from the rest of the economy in one month, built by the economy's
 * wiring before the households' phase: last month's decisions of the agents and markets that own these values.
 * Immutable.
 *
 * @param month              the month, 0 at the start (the key of the month's draws)
 * @param drawSeed           the seed of the households' counter-based draws (a branch may reseed it)
 * @param priceLevel         consumer prices relative to the start (other firms): transfers are indexed to it
 * @param wageIndex          nominal wages relative to the start (other firms): every wage and benefit moves with it
 * @param employmentTarget   the share of households firms want employed (other firms)
 * @param cardRate           card interest, per year (bond market: policy rate plus the card spread)
 * @param realRateGap        the real policy rate (policy rate less firms' expected inflation) less its neutral level
 *                           (Fed and other firms), per year
 * @param stressIndex        the Fed's financial-stress index, 0 calm to 1 severe
 * @param trendAdvantage     the trend rule's recent performance less the fundamentalist rule's (equity market)
 * @param aiConsumerSpending households' spending on AI this month, the labs' consumer revenue, USD bn
 * @param labShares          each lab's share of the AI market, in the order of
 *                           {@link HouseholdCounterparties#labs()} (0 for a failed lab)
 */
public record HouseholdInputs(long month, long drawSeed, double priceLevel, double wageIndex, double employmentTarget, double cardRate,
        double realRateGap, double stressIndex, double trendAdvantage, double aiConsumerSpending, List<Double> labShares) {
    /** Copies the lab shares. */
    public HouseholdInputs {
        labShares = List.copyOf(labShares);
    }
}
