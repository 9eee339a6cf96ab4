package org.aibubble.sim.gui;

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.sim.config.ConfigComments;
import org.aibubble.sim.engine.AiEconomySim;
import org.aibubble.sim.output.RunFolder;

import sim.display.Console;

/**
 * Opens the MASON Console on a scenario. The only entry point into the GUI classes: the command line
 * reaches it from the {@code gui} sub-command alone, so headless commands never load Swing.
 */
public final class GuiLauncher {
    /** Milliseconds the Console waits between months when playing, so a boom and bust can be watched. */
    public static final long DEFAULT_MONTH_DELAY_MS = 60;
    /** The title MASON gives the Console tab holding the model inspector. */
    private static final String MODEL_TAB = "Model";
    /** The title of the tab where config keys are set before a start. */
    static final String PARAMETERS_TAB = "Parameters";

    private GuiLauncher() {
    }

    /**
     * Builds the model and its GUI and shows the Console with every window laid out.
     *
     * @param config       the validated scenario
     * @param threads      threads for the household slices ({@code >= 1}); results do not depend on it
     * @param autoplay     whether to press Play at once
     * @param monthDelayMs the pause between months while playing, milliseconds (0 = as fast as possible)
     * @return the GUI state (its {@code controller} is the Console)
     * @throws java.awt.HeadlessException if there is no display
     */
    public static AiEconomyWithUI open(ModelConfig config, int threads, boolean autoplay, long monthDelayMs) {
        return open(config, threads, autoplay, monthDelayMs, null);
    }

    /**
     * As {@link #open(ModelConfig, int, boolean, long)}, recording the session into a run folder.
     *
     * @param config       the validated scenario
     * @param threads      threads for the household slices ({@code >= 1})
     * @param autoplay     whether to press Play at once
     * @param monthDelayMs the pause between months while playing, milliseconds
     * @param session      the run folder the session is recorded in (series, config with interventions); null for none
     * @return the GUI state
     */
    public static AiEconomyWithUI open(ModelConfig config, int threads, boolean autoplay, long monthDelayMs,
            RunFolder session) {
        return open(config, ConfigComments.none(), threads, autoplay, monthDelayMs, session);
    }

    /**
     * As {@link #open(ModelConfig, int, boolean, long, RunFolder)}, with the comments of the config's files as
     * the tooltips of the Parameters tab.
     *
     * @param config       the validated scenario
     * @param comments     the comments above the keys of its files
     * @param threads      threads for the household slices ({@code >= 1})
     * @param autoplay     whether to press Play at once
     * @param monthDelayMs the pause between months while playing, milliseconds
     * @param session      the run folder the session is recorded in; null for none
     * @return the GUI state
     */
    public static AiEconomyWithUI open(ModelConfig config, ConfigComments comments, int threads, boolean autoplay,
            long monthDelayMs, RunFolder session) {
        AiEconomySim model = new AiEconomySim(config, threads);
        if (session != null) {
            model.setMonthListener(new SessionFolder(session, model));
        }
        AiEconomyWithUI gui = new AiEconomyWithUI(model, comments);
        Console console = onSwingThread(() -> {
            Console created = (Console) gui.createController();
            created.setBounds(WindowLayout.console());
            // Replaying must reproduce the config's seed, not MASON's seed + 1.
            created.setIncrementSeedOnStop(false);
            created.setNewMenuAllowed(false);
            created.setWhenShouldEnd(config.run().months());
            created.setPlaySleep(monthDelayMs);
            created.getTabPane().addTab(PARAMETERS_TAB, gui.parameterPanel());
            showModelTab(created);
            return created;
        });
        // Started and paused (or playing) from the outset, so the levers act on a live model.
        SwingUtilities.invokeLater(autoplay ? console::pressPlay : console::pressPause);
        return gui;
    }

    /** Opens the Console on its Model tab (live statistics, levers, events) rather than About. */
    private static void showModelTab(Console console) {
        JTabbedPane tabs = console.getTabPane();
        int model = tabs.indexOfTab(MODEL_TAB);
        if (model >= 0) {
            tabs.setSelectedIndex(model);
        }
    }

    /**
     * Blocks until the Console window is closed. (Closing the Console by hand quits the program, as in
     * every MASON application, so this returns only when the Console is closed by other means.)
     *
     * @param gui the GUI opened by {@link #open}
     * @throws InterruptedException if interrupted while waiting
     */
    public static void awaitClosed(AiEconomyWithUI gui) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        Console console = (Console) gui.controller;
        onSwingThread(() -> {
            console.addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosed(WindowEvent e) {
                    closed.countDown();
                }
            });
            if (!console.isDisplayable()) {
                closed.countDown();
            }
            return console;
        });
        closed.await();
    }

    /**
     * Stops the run and closes the Console and every window without ending the JVM (closing the
     * Console by hand quits the program, as in any MASON application).
     *
     * @param gui the GUI opened by {@link #open}
     */
    public static void close(AiEconomyWithUI gui) {
        onSwingThread(() -> {
            Console console = (Console) gui.controller;
            console.pressStop();
            gui.quit();
            console.dispose();
            Console.allControllers.remove(console);
            return console;
        });
    }

    private static <T> T onSwingThread(Supplier<T> work) {
        if (SwingUtilities.isEventDispatchThread()) {
            return work.get();
        }
        Object[] result = new Object[1];
        try {
            SwingUtilities.invokeAndWait(() -> result[0] = work.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the GUI", e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("could not open the GUI", e.getCause());
        }
        @SuppressWarnings("unchecked")
        T typed = (T) result[0];
        return typed;
    }
}
