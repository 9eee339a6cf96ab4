package org.aibubble.sim.cli;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import org.aibubble.sim.config.ConfigComments;
import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.config.ConfigOverride;
import org.aibubble.sim.config.LoadedConfig;
import org.aibubble.sim.gui.GuiLauncher;
import org.aibubble.sim.output.OutputFolderException;
import org.aibubble.sim.output.RunFolder;
import org.aibubble.sim.run.SingleRun;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gui CONFIG}: opens MASON's Console on the scenario (docs/GUI.md). The config is checked and
 * the economy built once before any window opens; without a display the command stops with exit
 * code 2. This is the only command that reaches GUI classes, and only inside {@link #call()}, so the
 * headless commands never load Swing.
 */
@Command(name = "gui", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Watch CONFIG in MASON's GUI: Console, charts, financial network, household histogram "
                + "(needs a display; see docs/GUI.md).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the Console was closed", "2:bad input (config, option value) or no display"})
final class GuiCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private RunOverrideOptions runOverrides = new RunOverrideOptions();

    @Parameters(index = "0", paramLabel = "CONFIG", description = "config file (.yaml, .yml or .json)")
    private String configFile;

    @Option(names = "--threads", paramLabel = "N", converter = Counts.Whole.class,
            description = "threads for the household slices (default: the available cores); results do not depend on it")
    private Integer threads;

    @Option(names = "--out", paramLabel = "DIR",
            description = "record the session in this new or empty run folder: series.csv and config.yaml with "
                    + "every intervention as a scenario event, so that run on that config replays the session")
    private String out;

    @Option(names = "--autoplay", description = "press Play as soon as the Console is open")
    private boolean autoplay;

    @Option(names = "--delay", paramLabel = "MS", converter = Counts.Whole.class,
            description = "pause between months while playing, milliseconds (default ${DEFAULT-VALUE}; 0 = flat out)")
    private int delayMs = (int) GuiLauncher.DEFAULT_MONTH_DELAY_MS;

    GuiCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        LoadedConfig loaded;
        ConfigComments comments;
        int threadCount;
        try {
            threadCount = Threads.resolve(threads);
            loaded = load(threadCount);
            comments = ConfigComments.read(loaded.sources());
        } catch (ConfigException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT.code();
        }
        if (delayMs < 0) {
            err.println("error: --delay = " + delayMs + ": must be a whole number of milliseconds >= 0");
            return ExitCode.BAD_INPUT.code();
        }
        String noDisplay = displayProblem();
        if (noDisplay != null) {
            err.println("error: the gui command needs a display (" + noDisplay + "); use run, or start it under xvfb-run");
            return ExitCode.BAD_INPUT.code();
        }
        RunFolder session;
        try {
            session = out == null ? null : RunFolder.at(context.resolve(out));
        } catch (OutputFolderException e) {
            err.println("error: " + e.getMessage());
            return ExitCode.BAD_INPUT.code();
        }
        GuiLauncher.awaitClosed(GuiLauncher.open(loaded.config(), comments, threadCount, autoplay, delayMs, session));
        return ExitCode.OK.code();
    }

    /** @return why no window can be opened, or null if a display answers */
    private static String displayProblem() {
        if (GraphicsEnvironment.isHeadless()) {
            return "no DISPLAY, or java.awt.headless=true";
        }
        try {
            GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices();
            return null;
        } catch (AWTError | HeadlessException e) {
            return Commands.oneLine(e.getMessage());
        }
    }

    private LoadedConfig load(int threadCount) throws ConfigException {
        List<ConfigOverride> overrides = runOverrides.overrides();
        LoadedConfig loaded = new ConfigLoader().load(context.resolve(configFile), overrides);
        SingleRun.requireBuilds(loaded.config(), threadCount);
        return loaded;
    }
}
