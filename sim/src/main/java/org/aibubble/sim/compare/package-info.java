/**
 * Comparing scenarios on common random numbers: {@code compare} runs each config as an ensemble with the same
 * seeds (or takes finished ensemble folders), pairs the runs by seed against the first config and writes the
 * spread of the paired differences of the monthly series by month and, per summary metric, the medians, the
 * median paired difference and a paired-bootstrap interval of the mean difference.
 */
package org.aibubble.sim.compare;
