package org.aibubble.agents.firms;

import java.io.Serializable;

/**
 * Why a hyperscaler moved its capex this month: each term of the capex rule, as a contribution to the
 * yearly growth rate of capex (docs/MODEL.md), plus the outcome.
 *
 * @param demand        expected compute-demand growth over own capacity growth, weighted
 * @param armsRace      rivals' capex growth over its own, weighted
 * @param tobinsQ       change of log market value over the last year, weighted
 * @param returnGap     change over the last year of the bounded excess return on new compute, weighted
 * @param desired       capex it wanted, USD bn per month
 * @param fundable      capex it could fund, USD bn per month
 * @param chosen        capex it chose, USD bn per month
 */
public record CapexDrivers(double demand, double armsRace, double tobinsQ, double returnGap, double desired,
        double fundable, double chosen) implements Serializable {
}
