package org.aibubble.sim.cli;

import java.io.PrintWriter;

import picocli.CommandLine;

/**
 * The one place where sub-commands are registered. To add a command, write a picocli
 * {@code @Command} class (constructor taking a {@link CliContext} if it needs one) and add it to
 * {@link #register}.
 */
final class Commands {
    private Commands() {
    }

    /** Adds every sub-command to the root command line. */
    static void register(CommandLine root, CliContext context) {
        root.addSubcommand(new RunCommand(context));
        root.addSubcommand(new ReportCommand(context));
        root.addSubcommand(new ReplayCommand(context));
        root.addSubcommand(new BranchCommand(context));
        root.addSubcommand(new GuiCommand(context));
        root.addSubcommand(new SweepCommand(context));
        root.addSubcommand(new MergeCommand(context));
        root.addSubcommand(new EnsembleCommand(context));
        root.addSubcommand(new CompareCommand(context));
        root.addSubcommand(new ValidateCommand(context));
        root.addSubcommand(new CalibrateCommand(context));
        root.addSubcommand(new BenchCommand(context));
    }

    /**
     * @return the configured command line: sub-commands registered, one-line errors with exit code 2
     *         for bad arguments, one-line errors with exit code 1 for unexpected failures
     */
    static CommandLine create(CliContext context, PrintWriter out, PrintWriter err) {
        CommandLine root = new CommandLine(new Main());
        register(root, context);
        HelpText.wrapAtSpaces(root);
        root.setOut(out);
        root.setErr(err);
        root.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("error: " + oneLine(ex.getMessage())
                    + " (see " + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help)");
            return ExitCode.BAD_INPUT.code();
        });
        root.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + oneLine(describe(ex)));
            return ExitCode.RUN_FAILED.code();
        });
        return root;
    }

    /** @return the message of {@code e}, with its type when that is all there is to say */
    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "internal error: " + e.getClass().getSimpleName() : message;
    }

    /** @return {@code text} on one line */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
