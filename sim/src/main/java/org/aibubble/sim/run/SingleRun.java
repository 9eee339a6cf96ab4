package org.aibubble.sim.run;

import java.util.ArrayList;
import java.util.List;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.config.ParameterException;
import org.aibubble.agents.economy.Economy;
import org.aibubble.agents.ledger.BooksViolationException;
import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.engine.AiEconomySim;
import org.apache.logging.log4j.CloseableThreadContext;

/**
 * One simulation run, without any I/O: {@link #prepare} builds the model (so a config the economy
 * rejects fails before anything is written), {@link #run} steps {@code run.months} months, collecting
 * the row the economy records each month, and returns the series and its summary.
 *
 * <p>A run stops and reports {@link RunStatus#FAILED} when the books do not balance
 * ({@link BooksViolationException}), when a recorded value is not finite (a numeric blow-up), or when
 * the model throws. While it runs, the Log4j thread context holds {@value #MONTH_KEY} = the month being
 * simulated, so log lines say when they happened. Each instance owns its model: several runs may go on
 * in parallel threads.
 */
public final class SingleRun {
    /** Thread-context key holding the month being simulated (0-based), for log lines. */
    public static final String MONTH_KEY = "month";

    private final AiEconomySim sim;
    private final int months;
    private final List<String> columns;
    private final List<double[]> earlierRows;

    private SingleRun(AiEconomySim sim, List<double[]> earlierRows) {
        this.sim = sim;
        this.months = sim.config().run().months();
        this.columns = sim.economy().seriesColumns();
        this.earlierRows = List.copyOf(earlierRows);
    }

    /**
     * Builds and starts the model.
     *
     * @param config the validated config
     * @return a run ready to step
     * @throws org.aibubble.agents.config.ParameterException when the economy rejects a combination of values
     */
    public static SingleRun prepare(ModelConfig config) {
        return prepare(config, 1);
    }

    /**
     * Builds and starts the model with the household slices on {@code threads} threads (results do not depend on
     * the thread count).
     *
     * @param config  the validated config
     * @param threads threads for the household slices, {@code >= 1}
     * @return a run ready to step
     * @throws org.aibubble.agents.config.ParameterException when the economy rejects a combination of values
     */
    public static SingleRun prepare(ModelConfig config, int threads) {
        AiEconomySim sim = new AiEconomySim(config, threads);
        sim.start();
        return new SingleRun(sim, List.of());
    }

    /**
     * Builds the economy of {@code config} once and throws it away: the check a config passes before a GUI
     * opens on it or takes it for its next start, so a combination of values the economy rejects is one line
     * rather than a failure inside the Console.
     *
     * @param config  the bound config
     * @param threads threads for the household slices, {@code >= 1}
     * @throws ConfigException naming the key, value and what is allowed, when the economy rejects the config
     */
    public static void requireBuilds(ModelConfig config, int threads) throws ConfigException {
        try {
            prepare(config, threads).sim().finish();
        } catch (ParameterException e) {
            throw ConfigException.of(e.key(), e.value(), e.allowed());
        }
    }

    /**
     * Continues a model restored from a checkpoint (or stepped by hand) to the end of its horizon.
     * {@link #run} first hands the earlier rows to the listener, so the recorded series is whole.
     *
     * @param sim         a started model that has stepped {@code earlierRows.size()} months
     * @param earlierRows the rows it recorded in those months
     * @return a run ready to step the remaining months
     */
    public static SingleRun resume(AiEconomySim sim, List<double[]> earlierRows) {
        if (sim.monthsDone() != earlierRows.size()) {
            throw new IllegalArgumentException("the model has stepped " + sim.monthsDone() + " months but "
                    + earlierRows.size() + " rows were given");
        }
        return new SingleRun(sim, earlierRows);
    }

    /**
     * Convenience for callers without a separate build step (ensembles, sweeps).
     *
     * @param config   the validated config
     * @param listener told after each month
     * @return the result
     */
    public static RunResult run(ModelConfig config, ProgressListener listener) {
        return prepare(config).run(listener);
    }

    /** @return the series columns the economy reports */
    public List<String> columns() {
        return columns;
    }

    /** @return the model (for the GUI or inspection) */
    public AiEconomySim sim() {
        return sim;
    }

    /**
     * Steps every month of the horizon. Call once.
     *
     * @param listener told after each month
     * @return the rows recorded, the summary and the status
     */
    public RunResult run(ProgressListener listener) {
        List<double[]> rows = new ArrayList<>(months);
        RunStatus status = RunStatus.COMPLETE;
        String error = null;
        Throwable failure = null;
        for (double[] row : earlierRows) {
            rows.add(row.clone());
            listener.monthDone(rows.size(), months, columns, row.clone());
        }
        try {
            for (int month = rows.size(); month < months; month++) {
                double[] row = step(month);
                rows.add(row);
                listener.monthDone(month + 1, months, columns, row.clone());
            }
        } catch (BooksViolationException | NumericBlowUpException e) {
            status = RunStatus.FAILED;
            error = e.getMessage();
            failure = e;
        } catch (RuntimeException | StackOverflowError e) {
            status = RunStatus.FAILED;
            error = "the model failed at month " + rows.size() + ": " + describe(e);
            failure = e;
        } finally {
            sim.finish();
        }
        double[][] table = rows.toArray(new double[0][]);
        return new RunResult(columns, table, SummaryMetrics.compute(columns, table), status, error, failure);
    }

    private double[] step(int month) {
        CloseableThreadContext.Instance logContext = CloseableThreadContext.put(MONTH_KEY, Integer.toString(month));
        try {
            if (!sim.stepMonth()) {
                throw new IllegalStateException("the schedule ran out of events");
            }
        } finally {
            logContext.close();
        }
        Economy economy = sim.economy();
        double[] row = economy.lastRow();
        if (row == null || row.length != columns.size()) {
            throw new IllegalStateException("the economy recorded " + (row == null ? "no row" : row.length + " values")
                    + " for " + columns.size() + " columns");
        }
        NumericBlowUpException.check(month, columns, row);
        return row;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        String name = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? name : name + ": " + message;
    }
}
