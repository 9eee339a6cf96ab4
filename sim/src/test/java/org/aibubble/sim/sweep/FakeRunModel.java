package org.aibubble.sim.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.aibubble.agents.config.RunSettings;
import org.aibubble.sim.sweep.exec.RunModel;
import org.aibubble.sim.sweep.exec.RunModelFactory;
import org.aibubble.sim.sweep.exec.RunOutcome;

/**
 * A stand-in for the economy with a known response: metrics are simple functions of the parameters
 * {@code a.x}, {@code a.y} (shares) and {@code flag}, plus seed noise. Runs with {@code a.y > 0.9} fail
 * (like a model whose books break). Each run sleeps a little, by seed, so threads finish out of order.
 */
final class FakeRunModel implements RunModel, RunModelFactory {
    static final List<String> METRICS = List.of("run_up", "peak_month", "max_drawdown", "bust_month", "capex_cut",
            "max_unemployment", "min_policy_rate", "qe_total", "gated_months", "k_gap_at_trough", "ledger_max_error");
    private static final Set<String> PATHS = Set.of("a.x", "a.y", "flag", "run.seed", "run.months", "run.households");

    final AtomicInteger runs = new AtomicInteger();
    private final int stopAfter;
    private Map<String, String> base = Map.of();

    /** @param stopAfter after this many runs every further run throws an Error (a crash); 0 for never */
    FakeRunModel(int stopAfter) {
        this.stopAfter = stopAfter;
    }

    @Override
    public RunModel load(Path config, Map<String, String> overrides) {
        base = Map.copyOf(overrides);
        return this;
    }

    @Override
    public List<String> metricNames() {
        return METRICS;
    }

    @Override
    public String baseFingerprint() {
        return "f".repeat(64);
    }

    @Override
    public List<String> seriesColumns() {
        return List.of("month", "value");
    }

    @Override
    public RunSettings runSettings() {
        return new RunSettings(100, Integer.parseInt(base.getOrDefault("run.months", "24")), "2026-01",
                Integer.parseInt(base.getOrDefault("run.households", "1000")));
    }

    @Override
    public String pathProblem(String path) {
        return PATHS.contains(path) ? null : "no such key in the base config";
    }

    @Override
    public void check(Map<String, String> overrides) throws SweepException {
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            if (e.getKey().startsWith("a.") && Double.parseDouble(e.getValue()) > 1) {
                throw SweepException.of(e.getKey(), e.getValue(), "must be in [0, 1]");
            }
        }
    }

    @Override
    public RunOutcome run(Map<String, String> overrides, boolean keepSeries) {
        if (stopAfter > 0 && runs.get() >= stopAfter) {
            throw new OutOfMemoryError("simulated crash");
        }
        runs.incrementAndGet();
        long seed = Long.parseLong(overrides.get("run.seed"));
        double x = Double.parseDouble(overrides.getOrDefault("a.x", "0.5"));
        double y = Double.parseDouble(overrides.getOrDefault("a.y", "0.5"));
        boolean flag = Boolean.parseBoolean(overrides.getOrDefault("flag", "false"));
        sleep(seed % 4);
        if (y > 0.9) {
            return RunOutcome.failed("BooksViolationException: deposits do not sum to zero at month 7");
        }
        double noise = (seed % 1000) / 1000.0;
        Double bust = x + noise > 1.0 ? 12.0 + (seed % 7) : null;
        List<Double> metrics = new ArrayList<>(Arrays.asList(1 + x + 0.1 * noise, 10.0 + seed % 5, x * y + 0.01 * noise,
                bust, 0.3 * x, 0.04 + 0.02 * y, flag ? 0.0 : 0.01, flag ? 100.0 : 0.0, (double) (seed % 3),
                2 * x + y, 0.0));
        List<double[]> series = keepSeries ? List.of(new double[] {0, x}, new double[] {1, y}) : List.of();
        return new RunOutcome(metrics, null, keepSeries ? List.of("month", "value") : List.of(), series);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
