package org.aibubble.sim.calibrate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.aibubble.sim.sweep.exec.RunModel;
import org.aibubble.sim.sweep.exec.RunOutcome;
import org.aibubble.sim.validate.RunData;

/**
 * Evaluates candidates: each is run with the same seeds ({@code seed, seed + 1, ...}: common random
 * numbers), the runs of a whole batch of candidates on a fixed pool of threads. A run is a pure function
 * of its config and seed, and the moments are computed from the runs in seed order, so the results do not
 * depend on the thread count or on which thread ran what.
 */
final class Candidates implements AutoCloseable {
    private final RunModel model;
    private final List<CalibrationParameter> parameters;
    private final MomentSet moments;
    private final ExecutorService pool;

    Candidates(RunModel model, List<CalibrationParameter> parameters, MomentSet moments, int threads) {
        this.model = model;
        this.parameters = parameters;
        this.moments = moments;
        AtomicInteger next = new AtomicInteger(1);
        this.pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "calibrate-worker-" + next.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * What one candidate's runs gave.
     *
     * @param estimate the moments of the finished runs and their covariance
     * @param failed   how many runs failed (the candidate then counts as failed)
     * @param error    the first failed run's error, or null
     */
    record Result(MomentSet.Estimate estimate, int failed, String error) {
    }

    /** @return the config overrides of a candidate (parameter values in their own units) and a seed */
    Map<String, String> overrides(double[] values, long seed) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int j = 0; j < parameters.size(); j++) {
            o.put(parameters.get(j).path(), Double.toString(values[j]));
        }
        o.put("run.seed", Long.toString(seed));
        return o;
    }

    /**
     * @param batch      candidates' parameter values, in their own units
     * @param seed       the first seed
     * @param replicates runs per candidate
     * @return one result per candidate, in order
     */
    List<Result> evaluate(List<double[]> batch, long seed, int replicates) throws InterruptedException {
        List<List<Future<RunOutcome>>> futures = new ArrayList<>(batch.size());
        for (double[] values : batch) {
            List<Future<RunOutcome>> runs = new ArrayList<>(replicates);
            for (int r = 0; r < replicates; r++) {
                Map<String, String> o = overrides(values, seed + r);
                runs.add(pool.submit(() -> runOne(o)));
            }
            futures.add(runs);
        }
        List<Future<Result>> results = new ArrayList<>(batch.size());
        for (List<Future<RunOutcome>> runs : futures) {
            results.add(pool.submit(() -> moments(runs, seed)));
        }
        List<Result> out = new ArrayList<>(batch.size());
        for (Future<Result> f : results) {
            out.add(get(f));
        }
        return out;
    }

    private RunOutcome runOne(Map<String, String> overrides) {
        try {
            return model.run(overrides, true);
        } catch (RuntimeException | StackOverflowError e) {
            return RunOutcome.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private Result moments(List<Future<RunOutcome>> runs, long seed) throws InterruptedException {
        List<RunData> finished = new ArrayList<>(runs.size());
        int failed = 0;
        String error = null;
        for (int r = 0; r < runs.size(); r++) {
            RunOutcome o = get(runs.get(r));
            if (o.ok()) {
                finished.add(RunData.of(seed + r, o.seriesColumns(), o.seriesRows()));
            } else {
                failed++;
                if (error == null) {
                    error = "seed " + (seed + r) + ": " + o.error();
                }
            }
        }
        return new Result(moments.estimate(finished), failed, error);
    }

    private static <T> T get(Future<T> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
