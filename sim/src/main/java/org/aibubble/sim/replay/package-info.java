/** Replay: re-running a run folder from its recorded config and checking its series is byte-identical. */
package org.aibubble.sim.replay;
