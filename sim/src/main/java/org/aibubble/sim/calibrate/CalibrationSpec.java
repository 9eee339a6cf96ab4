package org.aibubble.sim.calibrate;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.aibubble.agents.config.ParameterException;

/**
 * A calibration spec ({@code configs/calibration/*.yaml}), bound strictly like a config: unknown,
 * missing and mistyped keys are errors naming the key path. Paths are relative to the spec file.
 *
 * @param description what is calibrated and why, in words
 * @param base        the config file the candidates are derived from
 * @param overrides   config path to value text, applied to the base for every run (e.g. the households)
 * @param parameters  the parameters estimated, at least one, with unique paths
 * @param targets     the moments matched and where their target values come from
 * @param truth       the known parameter values the model generates its own targets at (parameter recovery);
 *                    empty values when no moment is {@code truth}
 * @param weights     how the moments' deviations are weighted
 * @param replicates  runs per candidate, seeds {@code seed, seed + 1, ...} for every candidate
 * @param seed        the first seed of the replicates
 * @param budget      model calls allowed (a call evaluates one candidate: {@code replicates} runs), the
 *                    standard errors' Jacobian included
 * @param optimizer   the optimizer and its start
 */
public record CalibrationSpec(String description, String base, Map<String, String> overrides,
                              List<CalibrationParameter> parameters, TargetSpec targets, TruthSpec truth,
                              Weighting weights, int replicates, long seed, int budget, OptimizerSpec optimizer) {
    /** The most replicates per candidate. */
    public static final int MAX_REPLICATES = 1000;
    /** The most model calls of one calibration. */
    public static final int MAX_BUDGET = 1_000_000;

    /** Validates the fields and copies the collections. */
    public CalibrationSpec {
        if (description.isBlank()) {
            throw new ParameterException("description", "\"\"", "must say what is calibrated");
        }
        if (base.isBlank()) {
            throw new ParameterException("base", "\"\"", "must be the path of a config file, relative to the spec");
        }
        if (parameters.isEmpty()) {
            throw new ParameterException("parameters", "[]", "must list at least one parameter");
        }
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < parameters.size(); i++) {
            if (!paths.add(parameters.get(i).path())) {
                throw new ParameterException("parameters[" + i + "].path", "\"" + parameters.get(i).path() + "\"",
                        "must be unique in the spec");
            }
            if (overrides.containsKey(parameters.get(i).path())) {
                throw new ParameterException("parameters[" + i + "].path", "\"" + parameters.get(i).path() + "\"",
                        "is also set in overrides; estimate it or fix it, not both");
            }
        }
        if (replicates < 1 || replicates > MAX_REPLICATES) {
            throw new ParameterException("replicates", Integer.toString(replicates),
                    "must be an integer in [1, " + MAX_REPLICATES + "]");
        }
        if (seed < 0 || seed > Long.MAX_VALUE - MAX_REPLICATES) {
            throw new ParameterException("seed", Long.toString(seed), "must be an integer >= 0");
        }
        if (budget < 1 || budget > MAX_BUDGET) {
            throw new ParameterException("budget", Integer.toString(budget), "must be an integer in [1, " + MAX_BUDGET + "]");
        }
        boolean usesTruth = targets.moments().stream().anyMatch(m -> MomentSpec.TRUTH.equals(m.value()));
        if (usesTruth && truth.values().isEmpty()) {
            throw new ParameterException("truth.values", "{}", "must give the known values when a moment's value is "
                    + MomentSpec.TRUTH);
        }
        if (!usesTruth && !truth.values().isEmpty()) {
            throw new ParameterException("truth.values", truth.values().keySet().iterator().next(),
                    "must be empty when no moment's value is " + MomentSpec.TRUTH);
        }
        for (String path : truth.values().keySet()) {
            if (!paths.contains(path)) {
                throw new ParameterException("truth.values", "\"" + path + "\"", "must be one of the parameters' paths");
            }
        }
        if (usesTruth && truth.values().size() != parameters.size()) {
            throw new ParameterException("truth.values", Integer.toString(truth.values().size()) + " values",
                    "must give a value for every parameter (" + parameters.size() + ")");
        }
        for (String path : optimizer.start().keySet()) {
            if (!paths.contains(path)) {
                throw new ParameterException("optimizer.start", "\"" + path + "\"", "must be one of the parameters' paths");
            }
        }
        for (int i = 0; i < parameters.size(); i++) {
            CalibrationParameter p = parameters.get(i);
            Double t = truth.values().get(p.path());
            if (t != null && !p.contains(t)) {
                throw new ParameterException("truth.values." + p.path(), Double.toString(t),
                        "must lie in the parameter's range [" + p.min() + ", " + p.max() + "]");
            }
            Double s = optimizer.start().get(p.path());
            if (s != null && !p.contains(s)) {
                throw new ParameterException("optimizer.start." + p.path(), Double.toString(s),
                        "must lie in the parameter's range [" + p.min() + ", " + p.max() + "]");
            }
        }
        overrides = Collections.unmodifiableMap(new TreeMap<>(overrides));
        parameters = List.copyOf(parameters);
    }

    /** @return the parameters' count */
    public int dimension() {
        return parameters.size();
    }
}
