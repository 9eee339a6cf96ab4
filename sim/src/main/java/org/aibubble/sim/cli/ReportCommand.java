package org.aibubble.sim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.aibubble.sim.report.ReportException;
import org.aibubble.sim.report.Reports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code report DIR}: rebuilds {@code report.html} and its PNG charts from the files of an existing run,
 * ensemble, sweep, branch or compare folder, detecting which it is.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rebuild report.html and its PNG charts in a run, ensemble, sweep, branch or compare folder "
                + "from the files there.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:report written", "2:the folder is not a run, ensemble, sweep, branch or compare folder, or a file "
                + "in it is missing or malformed"})
final class ReportCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "a run, ensemble, sweep, branch or compare folder")
    private String dir;

    ReportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try {
            Path report = Reports.write(context.resolve(dir));
            spec.commandLine().getOut().println("report: " + report);
            return ExitCode.OK.code();
        } catch (ReportException e) {
            spec.commandLine().getErr().println("error: " + Commands.oneLine(e.getMessage()));
            return ExitCode.BAD_INPUT.code();
        }
    }
}
