package org.aibubble.sim.sweep.exec;

import java.util.List;
import java.util.Map;

import org.aibubble.agents.config.RunSettings;
import org.aibubble.sim.sweep.SweepException;

/**
 * What sweeps and ensembles need from the single-run pipeline: a base config that overrides turn into
 * each run's config, and a way to run one config in memory. Implementations must be safe to call
 * from several threads at once and deterministic: the same overrides give the same outcome.
 */
public interface RunModel {
    /** @return the names of the summary metrics, in the order {@link RunOutcome#metrics()} gives them */
    List<String> metricNames();

    /** @return the SHA-256 of the base config as loaded (after {@code extends:} and fixed overrides) */
    String baseFingerprint();

    /** @return the names of the monthly series columns the base config's runs record, in order (month first) */
    List<String> seriesColumns();

    /** @return the base config's run settings (seed, months, households) after the load-time overrides */
    RunSettings runSettings();

    /**
     * @param path a config path such as {@code privateCredit.behaviour.gate} or {@code hyperscalers[2].capex}
     * @return null if the base config has a value at {@code path}; otherwise one line saying why not
     *         (e.g. which keys exist there)
     */
    String pathProblem(String path);

    /**
     * Checks that {@code overrides} (config path to value text) make a valid config, without running it.
     *
     * @throws SweepException naming the path, the value and what is allowed, if they do not
     */
    void check(Map<String, String> overrides) throws SweepException;

    /**
     * Runs the base config with {@code overrides} once. Failures of the model (books out of balance, a
     * numerical blow-up) come back as a failed outcome, never as an exception.
     *
     * @param overrides  config path to value text, applied in order
     * @param keepSeries whether to return the monthly series too
     * @return the outcome
     */
    RunOutcome run(Map<String, String> overrides, boolean keepSeries);
}
