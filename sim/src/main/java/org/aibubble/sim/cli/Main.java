package org.aibubble.sim.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.concurrent.Callable;

import org.aibubble.sim.output.BuildInfo;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code aibubble} command: {@code java -jar sim/target/aibubble.jar <command> ...}. Without a
 * sub-command it prints the usage on standard error and exits 2 (bad input: no command was given).
 * Exit codes: see {@link ExitCode}.
 */
@Command(name = "aibubble", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Agent-based, stock-flow-consistent simulation of the AI-capex economy.",
        synopsisSubcommandLabel = "COMMAND")
public final class Main implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** @param args the command line */
    public static void main(String[] args) {
        java.util.OptionalInt relaunched = VectorRelaunch.ifNeeded(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, charset), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, charset), true);
        System.exit(execute(args, CliContext.ofProcess(), out, err));
    }

    /**
     * Runs a command in-process.
     *
     * @param args    the command line
     * @param context working folder, clock, terminal or not
     * @param out     standard output
     * @param err     standard error
     * @return the exit code
     */
    public static int execute(String[] args, CliContext context, PrintWriter out, PrintWriter err) {
        int code = Commands.create(context, out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_INPUT.code();
    }

    /** Prints the tool version and the commit it was built from. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            BuildInfo build = BuildInfo.current();
            return new String[] {"aibubble " + build.version() + " (commit " + build.commit()
                    + ("true".equals(build.dirty()) ? ", uncommitted changes" : "") + ")"};
        }
    }
}
