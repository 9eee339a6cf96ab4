/**
 * {@code validate}: an ensemble of runs scored against the stylized facts of a facts file
 * ({@code configs/validation/facts.yaml}). {@link org.aibubble.sim.validate.FactsFile} binds the file to
 * validated records; {@link org.aibubble.sim.validate.Statistic} names what is computed on each run
 * (equations in docs/VALIDATION.md), with the time-series functions in
 * {@link org.aibubble.sim.validate.Moments}; {@link org.aibubble.sim.validate.Scorer} turns the runs into
 * one {@link org.aibubble.sim.validate.FactScore} per fact; {@link org.aibubble.sim.validate.Validation}
 * runs the ensemble and writes {@code validation.json} and {@code report.html}.
 */
package org.aibubble.sim.validate;
