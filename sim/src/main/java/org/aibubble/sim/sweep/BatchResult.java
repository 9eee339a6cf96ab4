package org.aibubble.sim.sweep;

import java.nio.file.Path;

/**
 * What a sweep, shard or ensemble folder holds after a command.
 *
 * @param dir          the folder
 * @param runsInFolder runs that belong in the folder
 * @param recorded     runs recorded, including earlier (resumed) ones
 * @param failed       recorded runs that failed
 * @param newlyRun     runs this command ran
 * @param complete     whether every run is recorded and the result files are written
 */
public record BatchResult(Path dir, long runsInFolder, long recorded, long failed, long newlyRun, boolean complete) {
}
