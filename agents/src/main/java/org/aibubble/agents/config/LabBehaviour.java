package org.aibubble.agents.config;

import java.io.Serializable;

/**
 * How labs spend and raise money.
 *
 * @param trainingGrowth        yearly growth factor of frontier training compute, in compute units (2-3x)
 * @param talentGrowth          yearly growth of talent cost while funded (share)
 * @param tokenMarkup           price per token over the compute cost of serving it (gross margin markup)
 * @param roundTriggerMonths    a lab seeks a round when its runway falls below this, months
 * @param cutMonths             below this runway a lab cuts compute purchases, months
 * @param roundSizeMonths       a round aims to fund this many months of burn
 * @param roundSuccess          base chance per month that a sought round closes in a neutral market
 * @param moodSensitivity       how much the AI equity mood (index momentum and drawdown) moves round odds and prices
 * @param revenueMultiple       valuation as a multiple of annualised revenue in a neutral market
 * @param growthPremium         extra valuation multiple per unit of yearly revenue growth
 * @param circularShare         share of a round taken by the partner hyperscaler, paid back as compute commitments
 * @param downRoundDiscount     valuation cut of a down round (share)
 * @param cutShare              share of training compute cut per month while runway is short
 * @param absorptionProbability chance a failing lab with a partner is absorbed rather than liquidated
 * @param ventureBudget         share of top-group deposits available for lab rounds each month, in a neutral mood
 * @param trainingPriceElasticity how training compute units respond to the compute price (1 = a constant budget in dollars)
 * @param maxDilution           largest share of the pre-money valuation a round may raise
 * @param qualityElasticity     elasticity of a lab's model quality to its training compute relative to the average
 * @param moodMomentumWeight    weight of the AI index's monthly momentum in the labs' funding mood
 * @param moodDrawdownWeight    weight of the AI index's drawdown in the labs' funding mood (a cut)
 * @param moodPriceShare        share of the mood's effect on round odds that also moves round prices
 * @param minBurnRevenueShare   a round is sized on at least this share of monthly revenue as burn
 * @param talentCutRatio        talent is cut by this ratio of the compute cut while runway is short
 * @param rescueSizeShare       a rescue is this share of a normal round's size
 * @param failRunwayMonths      a burning lab with less runway than this, months, is rescued or fails
 * @param ventureMomentumWeight weight of the AI index's momentum in this month's venture budget
 * @param ventureDrawdownWeight weight of the AI index's drawdown in this month's venture budget (a cut)
 * @param maxRevenueMultiple    highest multiple of annualised revenue any round or rescue values a lab at
 */
public record LabBehaviour(double trainingGrowth, double talentGrowth, double tokenMarkup,
        double roundTriggerMonths, double cutMonths, double roundSizeMonths, double roundSuccess,
        double moodSensitivity, double revenueMultiple, double growthPremium, double circularShare,
        double downRoundDiscount, double cutShare, double absorptionProbability, double ventureBudget,
        double trainingPriceElasticity, double maxDilution, double qualityElasticity, double moodMomentumWeight,
        double moodDrawdownWeight, double moodPriceShare, double minBurnRevenueShare, double talentCutRatio,
        double rescueSizeShare, double failRunwayMonths, double ventureMomentumWeight, double ventureDrawdownWeight,
        double maxRevenueMultiple) implements Serializable {
    /** Validates every field. */
    public LabBehaviour {
        Require.inRange("trainingGrowth", trainingGrowth, 1, 10);
        Require.inRange("talentGrowth", talentGrowth, -0.5, 2);
        Require.inRange("tokenMarkup", tokenMarkup, 1, 20);
        Require.inRange("roundTriggerMonths", roundTriggerMonths, 1, 60);
        Require.inRange("cutMonths", cutMonths, 0, 60);
        Require.inRange("roundSizeMonths", roundSizeMonths, 1, 120);
        Require.share("roundSuccess", roundSuccess);
        Require.inRange("moodSensitivity", moodSensitivity, 0, 20);
        Require.inRange("revenueMultiple", revenueMultiple, 0.5, 500);
        Require.inRange("growthPremium", growthPremium, 0, 500);
        Require.share("circularShare", circularShare);
        Require.share("downRoundDiscount", downRoundDiscount);
        Require.share("cutShare", cutShare);
        Require.share("absorptionProbability", absorptionProbability);
        Require.share("ventureBudget", ventureBudget);
        Require.inRange("trainingPriceElasticity", trainingPriceElasticity, 0, 5);
        Require.share("maxDilution", maxDilution);
        Require.inRange("qualityElasticity", qualityElasticity, 0, 5);
        Require.inRange("moodMomentumWeight", moodMomentumWeight, 0, 100);
        Require.inRange("moodDrawdownWeight", moodDrawdownWeight, 0, 100);
        Require.share("moodPriceShare", moodPriceShare);
        Require.share("minBurnRevenueShare", minBurnRevenueShare);
        Require.share("talentCutRatio", talentCutRatio);
        Require.share("rescueSizeShare", rescueSizeShare);
        Require.inRange("failRunwayMonths", failRunwayMonths, 0, 60);
        Require.inRange("ventureMomentumWeight", ventureMomentumWeight, 0, 100);
        Require.inRange("ventureDrawdownWeight", ventureDrawdownWeight, 0, 100);
        Require.inRange("maxRevenueMultiple", maxRevenueMultiple, 1, 500);
    }
}
