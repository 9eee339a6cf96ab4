package org.aibubble.sim.sweep.exec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.aibubble.sim.sweep.table.RunRecord;
import org.aibubble.sim.sweep.table.RunStatus;
import org.aibubble.sim.sweep.table.RunsFile;

/**
 * Runs the runs of a plan that belong to a shard and are not yet recorded, on a fixed number of
 * threads, appending each row to {@code runs.csv} as it finishes. A run that fails is recorded with
 * its error and the batch goes on; only an I/O failure of the output stops it.
 */
public final class SweepExecutor {
    private final RunModel model;
    private final int threads;
    private final Progress progress;

    /**
     * @param model    runs one config
     * @param threads  worker threads, at least 1
     * @param progress told of each finished run
     */
    public SweepExecutor(RunModel model, int threads, Progress progress) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.model = model;
        this.threads = threads;
        this.progress = progress;
    }

    /**
     * @param plan   every run of the sweep
     * @param shard  which runs this process does
     * @param runs   the open {@code runs.csv}; runs it already holds are skipped
     * @param series where to write monthly series, or null to keep summaries only
     * @param label  what the progress shows
     * @return how many runs this call recorded, and how many of them failed
     * @throws IOException if a row or series cannot be written (the sweep stops; a resume continues)
     */
    public Tally execute(SweepPlan plan, Shard shard, RunsFile runs, SeriesFiles series, String label)
            throws IOException, InterruptedException {
        List<PlannedRun> todo = new ArrayList<>();
        for (long id = 0; id < plan.runs(); id++) {
            if (shard.contains(id) && !runs.recorded().containsKey(id)) {
                todo.add(plan.run(id));
            }
        }
        long failedBefore = runs.recorded().values().stream().filter(r -> !r.ok()).count();
        progress.start(label, shard.size(plan.runs()), runs.recorded().size(), failedBefore);
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, new WorkerThreads());
        try {
            List<Future<?>> futures = new ArrayList<>(todo.size());
            for (PlannedRun run : todo) {
                futures.add(pool.submit(() -> runOne(plan, run, runs, series, failed)));
            }
            awaitAll(futures);
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        return new Tally(todo.size(), failed.get());
    }

    private void runOne(SweepPlan plan, PlannedRun run, RunsFile runs, SeriesFiles series, AtomicInteger failed) {
        Map<String, String> overrides = plan.overrides(run.pointId(), run.seed());
        RunOutcome outcome;
        try {
            outcome = model.run(overrides, series != null);
        } catch (RuntimeException | StackOverflowError e) {
            outcome = RunOutcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        RunRecord row = record(run, plan, outcome);
        try {
            if (series != null && outcome.ok()) {
                series.write(run.runId(), outcome);
            }
            runs.append(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!outcome.ok()) {
            failed.incrementAndGet();
        }
        progress.runFinished(!outcome.ok());
    }

    private RunRecord record(PlannedRun run, SweepPlan plan, RunOutcome outcome) {
        int metrics = model.metricNames().size();
        List<Double> values = new ArrayList<>(metrics);
        if (outcome.ok()) {
            if (outcome.metrics().size() != metrics) {
                throw new IllegalStateException("the run gave " + outcome.metrics().size() + " metrics, expected "
                        + metrics);
            }
            values.addAll(outcome.metrics());
        } else {
            for (int i = 0; i < metrics; i++) {
                values.add(null);
            }
        }
        return new RunRecord(run.runId(), run.pointId(), run.replicate(), run.seed(),
                outcome.ok() ? RunStatus.OK : RunStatus.FAILED, plan.points().get(run.pointId()), values,
                outcome.ok() ? "" : outcome.error());
    }

    private static void awaitAll(List<Future<?>> futures) throws IOException, InterruptedException {
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(cause);
            }
        }
    }

    /**
     * @param recorded runs recorded by this call
     * @param failed   how many of them failed
     */
    public record Tally(long recorded, long failed) {
    }
}
