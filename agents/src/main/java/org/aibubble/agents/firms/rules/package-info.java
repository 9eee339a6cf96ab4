/**
 * The hyperscalers' decision rules as small pure functions over their inputs, each unit-tested without an
 * economy: capex ({@link org.aibubble.agents.firms.rules.CapexRule}), the expected return on new compute
 * ({@link org.aibubble.agents.firms.rules.ComputeReturn}), the funding order
 * ({@link org.aibubble.agents.firms.rules.FundingOrder}), earnings smoothing
 * ({@link org.aibubble.agents.firms.rules.EbitdaSmoothing}) and the arms race's view of rivals
 * ({@link org.aibubble.agents.firms.rules.ArmsRace}). docs/MODEL.md lists them with their config keys.
 */
package org.aibubble.agents.firms.rules;
