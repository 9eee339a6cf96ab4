package org.aibubble.agents.firms;

/**
 * What the software borrowers read each month (FIRMS_AND_LABOUR phase, after other firms bought software).
 *
 * @param month       the current month (0 = the start month)
 * @param policyRate  the policy rate set this month (yearly; their loans float over it)
 * @param stressIndex the Fed's financial-stress index this month (0 calm, about 1 a crisis)
 * @param aiAdoption  AI deep adoption this month (share of firms)
 */
public record SoftwareInputs(long month, double policyRate, double stressIndex, double aiAdoption) {
}
