package org.aibubble.sim.cli;

import java.nio.file.Path;
import java.time.Clock;

/**
 * What commands take from their surroundings, passed in so tests can run them in-process.
 *
 * @param workingDir  the folder relative paths (config files, {@code --out}, {@code outputs/}) resolve against
 * @param clock       the wall clock (run folder names and manifest times only, never results)
 * @param interactive whether stderr is a terminal, so a {@code \r} progress line may be drawn
 */
public record CliContext(Path workingDir, Clock clock, boolean interactive) {
    /** @return the context of the real process: current folder, UTC clock, terminal if there is a console */
    public static CliContext ofProcess() {
        return new CliContext(Path.of(""), Clock.systemUTC(), System.console() != null);
    }

    /** @return {@code path} resolved against the working folder (unchanged when absolute) */
    public Path resolve(String path) {
        return workingDir.resolve(path);
    }
}
