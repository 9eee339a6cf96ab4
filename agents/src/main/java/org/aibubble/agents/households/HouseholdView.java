package org.aibubble.agents.households;

import org.aibubble.agents.config.HouseholdGroup;

/**
 * A read-only snapshot of one simulated household, for tests and inspectors (never used on the hot
 * path). Money in USD per real household; monthly flows per month.
 *
 * @param index         the household's index
 * @param group         its group of the K
 * @param deposits      deposits
 * @param cardDebt      card debt
 * @param monthlyWage   wage when employed, in start-month prices
 * @param employed      whether it has a job
 * @param trendFollower whether it follows the trend (investing groups only)
 * @param delinquent    whether its card debt is delinquent
 * @param wealth        deposits minus card debt plus its share of the group's portfolio
 * @param consumption   what it spent last month
 */
public record HouseholdView(int index, HouseholdGroup group, double deposits, double cardDebt, double monthlyWage,
        boolean employed, boolean trendFollower, boolean delinquent, double wealth, double consumption) {
}
