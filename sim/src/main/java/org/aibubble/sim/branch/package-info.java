/**
 * Branching: continuing one saved economy under several branch scenarios (other events, other Fed
 * parameters), optionally under several continuation seeds, each into its own run folder.
 */
package org.aibubble.sim.branch;
