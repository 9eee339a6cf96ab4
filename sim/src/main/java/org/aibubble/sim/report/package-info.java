/**
 * Reports: {@code report.html} with headless JFreeChart PNG charts for run, ensemble, sweep and branch
 * folders, built only from the files those folders hold (so {@code report DIR} can rebuild any of them).
 * Pages are self-contained: inline CSS, no scripts, images only from the same folder.
 */
package org.aibubble.sim.report;
