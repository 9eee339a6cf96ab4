package org.aibubble.agents.config;

import java.io.Serializable;

/**
 * One household group of the K. Money amounts are USD per real household; monthly unless stated.
 *
 * @param group                 which group
 * @param populationShare       share of all households in the group
 * @param monthlyWage           mean monthly wage of an employed member, USD (2026 prices)
 * @param wageDispersion        log-normal sigma of wages within the group
 * @param deposits              starting deposits per household, USD
 * @param equityShare           share of household-held listed equity owned by the group
 * @param bondShare             share of household-held Treasuries and corporate bonds owned by the group
 * @param consumerDebt          starting card debt per household, USD
 * @param consumptionShare      share of household consumption spent by the group at the start
 * @param wealthEffect          marginal propensity to consume out of wealth gains, per USD per year
 * @param lossAversion          how much more a dollar lost cuts spending than a dollar gained adds
 * @param separationExposure    relative chance of a member losing a job when firms shed labour (1 = average)
 * @param cardLimitMonths       card credit limit, in months of the member's wage
 * @param investing             whether members trade equities and hold beliefs about prices
 * @param precautionarySaving   share of spending out of income cut per point of unemployment above its recent level
 * @param wealthSpending        yearly share of net wealth spent (consumption out of the level of wealth)
 * @param rateSensitivity       share of spending out of income cut per unit of the real policy rate above neutral
 */
public record GroupParams(HouseholdGroup group, double populationShare, double monthlyWage, double wageDispersion,
        double deposits, double equityShare, double bondShare, double consumerDebt, double consumptionShare,
        double wealthEffect, double lossAversion, double separationExposure, double cardLimitMonths,
        boolean investing, double precautionarySaving, double wealthSpending,
        double rateSensitivity) implements Serializable {
    /** Validates every field. */
    public GroupParams {
        Require.present("group", group);
        Require.share("populationShare", populationShare);
        Require.inRange("monthlyWage", monthlyWage, 0, 1e6);
        Require.inRange("wageDispersion", wageDispersion, 0, 3);
        Require.inRange("deposits", deposits, 0, 1e7);
        Require.share("equityShare", equityShare);
        Require.share("bondShare", bondShare);
        Require.inRange("consumerDebt", consumerDebt, 0, 1e6);
        Require.share("consumptionShare", consumptionShare);
        Require.inRange("wealthEffect", wealthEffect, 0, 0.5);
        Require.inRange("lossAversion", lossAversion, 1, 5);
        Require.inRange("separationExposure", separationExposure, 0, 10);
        Require.inRange("cardLimitMonths", cardLimitMonths, 0, 24);
        Require.inRange("precautionarySaving", precautionarySaving, 0, 50);
        Require.inRange("wealthSpending", wealthSpending, 0, 0.5);
        Require.inRange("rateSensitivity", rateSensitivity, 0, 10);
    }
}
