/** Statistics over runs: means, standard deviations and quantiles of summary metrics. */
package org.aibubble.sim.sweep.stats;
