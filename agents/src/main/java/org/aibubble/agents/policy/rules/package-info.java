/**
 * The Fed's decision rules as small pieces, each over its own inputs and testable without an economy:
 * the smoothing of its data, the stress index, the tier choice with hysteresis, the monetary policy rules
 * chosen by {@code fed.rule}, the tiers' easing, the setting of the rate in whole capped steps, reserve
 * demand and bill purchases, QE programmes and their runoff. docs/MODEL.md, section 9, lists each rule
 * with its config keys and equation.
 */
package org.aibubble.agents.policy.rules;
