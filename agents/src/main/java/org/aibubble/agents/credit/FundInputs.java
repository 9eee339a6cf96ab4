package org.aibubble.agents.credit;

/**
 * What a private-credit fund reads each month, built just before it steps (PRIVATE_CREDIT phase).
 * The gated share and the default rate are the private-credit market's, as they stand when the fund
 * steps (funds step in config order, so a fund sees the gates of the funds before it this quarter).
 *
 * @param month             the current month (0 = the start month)
 * @param quarterEnd        whether the month ends a calendar quarter (marks, subscriptions, redemptions)
 * @param policyRate        the policy rate set this month (yearly)
 * @param stressIndex       the Fed's financial-stress index this month (0 calm, about 1 a crisis)
 * @param aiDrawdown        the AI equity index's drawdown from its peak at the last market close (share)
 * @param fundsGatedShare   share of funds whose gate bound at their last quarter end (0-1)
 * @param recentDefaultRate private-credit defaults over the last twelve months over loans outstanding (yearly)
 */
public record FundInputs(long month, boolean quarterEnd, double policyRate, double stressIndex, double aiDrawdown,
        double fundsGatedShare, double recentDefaultRate) {
}
