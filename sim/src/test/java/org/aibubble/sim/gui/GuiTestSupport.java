package org.aibubble.sim.gui;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.swing.SwingUtilities;

import org.aibubble.agents.config.ModelConfig;

import sim.display.Console;

/**
 * Opening, playing and closing the GUI in tests. Without a display a GUI test skips (JUnit assumption), unless
 * the system property {@value #REQUIRED} is {@code true} (as in {@code .ci/run}): then it fails, so a build
 * that was meant to run the GUI tests cannot pass without them.
 */
final class GuiTestSupport {
    /** The system property that makes a missing display a failure instead of a skip. */
    static final String REQUIRED = "aibubble.gui.required";
    private static final Duration PLAY_TIMEOUT = Duration.ofSeconds(120);

    private GuiTestSupport() {
    }

    /**
     * Skips the calling test unless a display is available (e.g. under {@code xvfb-run}); fails instead of
     * skipping when {@value #REQUIRED} is set.
     */
    static void assumeDisplay() {
        String missing = System.getenv("DISPLAY") == null ? "no DISPLAY: GUI tests run under xvfb-run (see .ci/run)"
                : GraphicsEnvironment.isHeadless() ? "java.awt.headless is set: GUI tests need a display" : null;
        if (missing == null) {
            return;
        }
        if (Boolean.getBoolean(REQUIRED)) {
            fail(missing + "; -D" + REQUIRED + "=true, so the GUI tests must run");
        }
        abort(missing);
    }

    /**
     * Opens the GUI, records every month's row, plays {@code months} months and waits until paused
     * and every queued chart update has been drawn.
     *
     * @return the GUI state and the rows it recorded
     */
    static Session playMonths(ModelConfig config, int months) throws Exception {
        AiEconomyWithUI gui = GuiLauncher.open(config, 2, false, 0);
        Console console = (Console) gui.controller;
        List<double[]> rows = new ArrayList<>();
        // The launcher leaves the Console started and paused; resume play from there.
        onEdt(() -> {
            if (console.getPlayState() != Console.PS_PAUSED) {
                throw new AssertionError("the Console should open started and paused");
            }
            console.setWhenShouldPause(months);
            gui.scheduleRepeatingImmediatelyAfter(state -> rows.add(gui.model().economy().lastRow()));
            console.pressPause();
        });
        awaitPaused(gui, console, months);
        return new Session(gui, console, rows);
    }

    /**
     * From a stopped Console, presses Play again and plays {@code months} months.
     *
     * @return the rows recorded by the new run
     */
    static List<double[]> replayFromStop(Session session, int months) throws Exception {
        Console console = session.console();
        AiEconomyWithUI gui = session.gui();
        List<double[]> rows = new ArrayList<>();
        onEdt(() -> {
            if (console.getPlayState() != Console.PS_STOPPED) {
                throw new AssertionError("the Console should be stopped");
            }
            console.setWhenShouldPause(months);
            gui.scheduleRepeatingImmediatelyAfter(state -> rows.add(gui.model().economy().lastRow()));
            console.pressPlay();
        });
        awaitPaused(gui, console, months);
        return rows;
    }

    private static void awaitPaused(AiEconomyWithUI gui, Console console, int months) throws Exception {
        Instant deadline = Instant.now().plus(PLAY_TIMEOUT);
        while (!(console.getPlayState() == Console.PS_PAUSED && gui.model().monthsDone() >= months)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the GUI did not reach month " + months + " in " + PLAY_TIMEOUT
                        + " (at " + gui.model().monthsDone() + ")");
            }
            Thread.sleep(50);
        }
        onEdt(() -> { });
        onEdt(() -> { });
    }

    static void onEdt(Runnable work) throws InterruptedException, InvocationTargetException {
        SwingUtilities.invokeAndWait(work);
    }

    /** An open GUI after playing, and what it recorded month by month. */
    record Session(AiEconomyWithUI gui, Console console, List<double[]> rows) implements AutoCloseable {
        @Override
        public void close() {
            GuiLauncher.close(gui);
        }
    }
}
