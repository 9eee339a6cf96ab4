/**
 * The per-run table of a sweep ({@code runs.csv}): its columns, its CSV dialect, and the append-only
 * file that survives being killed and resumes where it stopped.
 */
package org.aibubble.sim.sweep.table;
