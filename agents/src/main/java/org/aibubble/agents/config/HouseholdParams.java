package org.aibubble.agents.config;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

/**
 * The household population.
 *
 * @param usHouseholds           real US households represented, count
 * @param transferPerHousehold   monthly social transfers (pensions and the like) per household, USD (2026 prices)
 * @param benefitReplacement     unemployment benefit as a share of the member's wage
 * @param incomeTaxRate          tax rate on wages, benefits and capital income
 * @param wealthEffectLagMonths  mean lag of the wealth effect, months (exponential smoothing)
 * @param wealthReferenceMonths  months over which the spending effect of a change of wealth fades
 * @param cardRepayShare         share of deposits above one month's income used to repay cards each month
 * @param delinquencyPaymentShare a borrower is delinquent when card interest exceeds this share of income
 * @param chargeOffRate          share of delinquent card debt the bank charges off per month
 * @param cardLimitStressCut     share of card limits the bank cuts per unit of the financial-stress index
 * @param separationRate         share of jobs that ends each month with no net change (churn; refilled by hires)
 * @param maxJobFinding          largest share of the unemployed that finds a job in a month (matching)
 * @param rateResponseMonths     months over which households' spending responds to the real-rate gap (smoothing)
 * @param groups                 the groups of the K, exactly one each of TOP, MIDDLE, BOTTOM
 * @param beliefs                forecasting-rule choice of investing households
 */
public record HouseholdParams(double usHouseholds, double transferPerHousehold, double benefitReplacement,
        double incomeTaxRate, double wealthEffectLagMonths, double wealthReferenceMonths, double cardRepayShare,
        double delinquencyPaymentShare, double chargeOffRate, double cardLimitStressCut, double separationRate,
        double maxJobFinding, double rateResponseMonths, List<GroupParams> groups,
        BeliefParams beliefs)
        implements Serializable {
    /** Validates every field and that the groups form the K. */
    public HouseholdParams {
        Require.inRange("usHouseholds", usHouseholds, 1e3, 1e9);
        Require.inRange("transferPerHousehold", transferPerHousehold, 0, 1e5);
        Require.share("benefitReplacement", benefitReplacement);
        Require.share("incomeTaxRate", incomeTaxRate);
        Require.inRange("wealthEffectLagMonths", wealthEffectLagMonths, 0, 60);
        Require.inRange("wealthReferenceMonths", wealthReferenceMonths, 1, 240);
        Require.share("cardRepayShare", cardRepayShare);
        Require.share("delinquencyPaymentShare", delinquencyPaymentShare);
        Require.share("chargeOffRate", chargeOffRate);
        Require.share("cardLimitStressCut", cardLimitStressCut);
        Require.inRange("separationRate", separationRate, 0, 0.1);
        Require.inRange("maxJobFinding", maxJobFinding, 0.05, 1);
        Require.inRange("rateResponseMonths", rateResponseMonths, 1, 60);
        groups = Require.atLeast("groups", groups, 3);
        Require.present("beliefs", beliefs);
        EnumSet<HouseholdGroup> seen = EnumSet.noneOf(HouseholdGroup.class);
        double population = 0;
        double equity = 0;
        double consumption = 0;
        double bonds = 0;
        for (GroupParams g : groups) {
            if (!seen.add(g.group())) {
                throw new ParameterException("groups", g.group(), "must list TOP, MIDDLE and BOTTOM once each");
            }
            population += g.populationShare();
            equity += g.equityShare();
            consumption += g.consumptionShare();
            bonds += g.bondShare();
        }
        if (groups.size() != 3) {
            throw new ParameterException("groups", groups.size() + " groups", "must list TOP, MIDDLE and BOTTOM once each");
        }
        requireOne("groups[*].populationShare", population);
        requireOne("groups[*].equityShare", equity);
        requireOne("groups[*].consumptionShare", consumption);
        requireOne("groups[*].bondShare", bonds);
    }

    private static void requireOne(String key, double sum) {
        if (Math.abs(sum - 1) > 1e-6) {
            throw new ParameterException(key, "sum " + sum, "must sum to 1 over the groups");
        }
    }

    /** @return the parameters of {@code group} */
    public GroupParams group(HouseholdGroup group) {
        for (GroupParams g : groups) {
            if (g.group() == group) {
                return g;
            }
        }
        throw new IllegalArgumentException(group.name());
    }
}
