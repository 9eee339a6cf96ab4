/**
 * Sweep files: the validated {@link org.aibubble.sim.sweep.spec.SweepSpec}, its loader with one-line
 * errors, the varied parameters and the design points they produce.
 */
package org.aibubble.sim.sweep.spec;
