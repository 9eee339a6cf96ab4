/**
 * The {@code bench} command's measurements: the streaming-bandwidth probe that sets the memory floor, and the
 * timing of the household sector and of the whole model at a given number of households and threads.
 */
package org.aibubble.sim.bench;
