/**
 * The labs' and AI demand's decision rules as small pure functions, each unit-tested without an economy:
 * the funding mood ({@link org.aibubble.agents.labs.rules.LabMood}), funding rounds
 * ({@link org.aibubble.agents.labs.rules.RoundRule}), cuts, rescue and failure
 * ({@link org.aibubble.agents.labs.rules.RunwayRule}), market share by model quality
 * ({@link org.aibubble.agents.labs.rules.MarketShare}) and AI adoption and end revenue
 * ({@link org.aibubble.agents.labs.rules.AdoptionRule}). docs/MODEL.md lists them with their config keys.
 */
package org.aibubble.agents.labs.rules;
