/**
 * The private-credit rules as named pieces, each a pure function of the fund's behaviour
 * ({@link org.aibubble.agents.config.FundBehaviour}) and a few numbers, testable without an economy:
 * redemption requests, the gate and its queue, fire sales, marks, subscriptions, distributions and
 * lending capacity. Money in USD bn, shares as fractions.
 */
package org.aibubble.agents.credit.rules;
