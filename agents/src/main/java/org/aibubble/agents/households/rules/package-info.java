/**
 * The households' group-level behavioural rules as small pure functions, each unit-tested without an economy:
 * spending out of income and its floor ({@link org.aibubble.agents.households.rules.ConsumptionRule}),
 * precautionary saving ({@link org.aibubble.agents.households.rules.PrecautionarySaving}), card credit lines and
 * delinquency ({@link org.aibubble.agents.households.rules.CardCredit}), job loss and hiring
 * ({@link org.aibubble.agents.households.rules.JobFlows}) and the choice of forecasting rule
 * ({@link org.aibubble.agents.households.rules.RuleChoice}). Their constants are config keys or the named
 * constants here, all listed in docs/MODEL.md (section 3). The per-household equations that use them are in
 * {@code ScalarKernel}, the one source of truth the vector kernel is checked against.
 */
package org.aibubble.agents.households.rules;
