package org.aibubble.sim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the command line in-process with captured output, in a given working folder and at a fixed time. */
final class CliRunner {
    static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    private final Path workingDir;
    private final boolean interactive;

    CliRunner(Path workingDir) {
        this(workingDir, false);
    }

    /** @param interactive whether to behave as on a terminal (progress line on stderr) */
    CliRunner(Path workingDir, boolean interactive) {
        this.workingDir = workingDir;
        this.interactive = interactive;
    }

    /** The outcome of one command. */
    record Outcome(int exitCode, String out, String err) {
    }

    Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(workingDir, Clock.fixed(NOW, ZoneOffset.UTC), interactive);
        int code = Main.execute(args, context, new PrintWriter(out), new PrintWriter(err));
        return new Outcome(code, out.toString(), err.toString());
    }
}
