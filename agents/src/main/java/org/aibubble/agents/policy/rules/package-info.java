/**
 * The Fed's decision rules as small pieces, each over its own inputs and testable without an economy:
 * the stress index, the tier choice, the monetary policy rules chosen by {@code fed.rule}, the tiers'
 * hold on the rate and the balance-sheet purchases (bills and QE). docs/MODEL.md, section 9, lists
 * each rule with its config keys and equation.
 */
package org.aibubble.agents.policy.rules;
