/**
 * Variance-based sensitivity analysis: Sobol first-order and total indices from a Saltelli design,
 * with seeded bootstrap confidence intervals.
 */
package org.aibubble.sim.sweep.sensitivity;
