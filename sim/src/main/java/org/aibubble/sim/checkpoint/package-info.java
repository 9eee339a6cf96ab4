/**
 * Checkpoints: the whole MASON model (economy, schedule, random stream) and the rows recorded so far,
 * saved into one file with a text header (tool version, run, month, payload length and SHA-256) so a
 * file from another version or a damaged file is refused in one line before it is deserialised.
 */
package org.aibubble.sim.checkpoint;
