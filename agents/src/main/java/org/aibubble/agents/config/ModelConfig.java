package org.aibubble.agents.config;

import java.io.Serializable;
import java.util.List;

/**
 * The root of the parameter tree: one immutable, validated record per config section. The config
 * loader (in {@code sim}) binds a YAML or JSON file onto this tree and rejects unknown and missing keys.
 *
 * @param run           seed, horizon, start month, number of simulated households
 * @param scenario      name, description and optional events
 * @param macro         the macro economy and the sectors that close it
 * @param households    the household population (the K)
 * @param hyperscalers  hyperscalers and capex behaviour
 * @param labs          model labs, funding behaviour and AI adoption
 * @param privateCredit private-credit funds
 * @param fed           the Fed
 * @param markets       equity, bond and compute markets
 */
public record ModelConfig(RunSettings run, ScenarioSettings scenario, MacroParams macro,
        HouseholdParams households, HyperscalerSection hyperscalers, LabSection labs, CreditSection privateCredit,
        FedParams fed, MarketParams markets) implements Serializable {
    /** Validates that every section is present and that cross-references resolve. */
    public ModelConfig {
        Require.present("run", run);
        Require.present("scenario", scenario);
        Require.present("macro", macro);
        Require.present("households", households);
        Require.present("hyperscalers", hyperscalers);
        Require.present("labs", labs);
        Require.present("privateCredit", privateCredit);
        Require.present("fed", fed);
        Require.present("markets", markets);
        for (int i = 0; i < hyperscalers.firms().size(); i++) {
            String partner = hyperscalers.firms().get(i).partnerLab();
            boolean found = "none".equals(partner)
                    || labs.firms().stream().anyMatch(l -> l.id().equals(partner));
            if (!found) {
                throw new ParameterException("hyperscalers.firms[" + i + "].partnerLab", partner,
                        "must be \"none\" or the id of a lab in labs.firms");
            }
            for (int j = 0; j < i; j++) {
                if (!"none".equals(partner) && partner.equals(hyperscalers.firms().get(j).partnerLab())) {
                    throw new ParameterException("hyperscalers.firms[" + i + "].partnerLab", partner,
                            "lab " + partner + " is already the partner of " + hyperscalers.firms().get(j).id()
                                    + " (firms[" + j + "]); a lab has at most one partner hyperscaler, whose "
                                    + "partnerStake is its share of the lab (so stakes never sum above 1)");
                }
            }
        }
        requireEveryGroupPopulated(run, households);
    }

    /**
     * Every household group must get at least one simulated household (its share of
     * {@code run.households}, rounded; the bottom group gets the rest), or its balance sheet would
     * exist in the ledger with no household to hold it.
     */
    private static void requireEveryGroupPopulated(RunSettings run, HouseholdParams households) {
        int n = run.households();
        long assigned = 0;
        List<GroupParams> groups = households.groups();
        for (int i = 0; i < groups.size(); i++) {
            GroupParams g = groups.get(i);
            long count = g.group() == HouseholdGroup.BOTTOM ? -1 : Math.round(g.populationShare() * n);
            if (count == 0) {
                throw new ParameterException("households.groups[" + i + "].populationShare", g.populationShare(),
                        "gives the group no household at run.households = " + n + "; needs at least "
                                + (0.5 / n) + " (or more households)");
            }
            assigned += Math.max(0, count);
        }
        if (assigned >= n) {
            throw new ParameterException("households.groups[*].populationShare", "rounded to " + assigned
                    + " of " + n + " households", "leaves no household for the bottom group; use more households");
        }
    }

    /** @return this config with {@code next} as its run settings */
    public ModelConfig withRun(RunSettings next) {
        return new ModelConfig(next, scenario, macro, households, hyperscalers, labs, privateCredit, fed, markets);
    }

    /** @return this config with {@code next} as its scenario */
    public ModelConfig withScenario(ScenarioSettings next) {
        return new ModelConfig(run, next, macro, households, hyperscalers, labs, privateCredit, fed, markets);
    }
}
