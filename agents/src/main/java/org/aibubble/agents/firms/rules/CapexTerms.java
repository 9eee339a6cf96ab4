package org.aibubble.agents.firms.rules;

/**
 * The capex rule's terms, each a contribution to the yearly growth rate of capex, and the month's growth.
 *
 * @param demand        expected demand growth over capacity growth, weighted
 * @param armsRace      rivals' capex growth over its own, weighted (asymmetric)
 * @param tobinsQ       change of log Tobin's q over the last year, weighted
 * @param returnGap     change over the last year of the bounded excess return on new compute, weighted
 * @param monthlyGrowth the sum over 12, bounded by the largest monthly rise and cut (share per month)
 */
public record CapexTerms(double demand, double armsRace, double tobinsQ, double returnGap, double monthlyGrowth) {
}
