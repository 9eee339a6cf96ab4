/**
 * The run folder and its files: {@code series.csv}, {@code summary.json} (both byte-identical for the
 * same config and seed), {@code manifest.json} (provenance and status), {@code config.yaml} (the
 * resolved config) and {@code run.log}.
 */
package org.aibubble.sim.output;
