package org.aibubble.sim.calibrate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.aibubble.sim.config.BaseFolders;
import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.config.ConfigOverride;
import org.aibubble.sim.config.ConfigWriter;
import org.aibubble.sim.output.Sha256;
import org.aibubble.sim.report.SeriesTable;
import org.aibubble.sim.sweep.PipelineRunModel;
import org.aibubble.sim.sweep.SweepException;
import org.aibubble.sim.sweep.exec.RunModel;
import org.aibubble.sim.validate.Fact;
import org.aibubble.sim.validate.FactsFile;
import org.aibubble.sim.validate.RunData;
import org.aibubble.sim.validate.Validation;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code calibrate SPEC}: loads and checks the spec, computes the targets, evaluates the start (whose
 * bootstrap covariance gives the weights), runs the optimizer ({@link Search}) within the budget, then the
 * Jacobian of the moments at the estimate for the standard errors, and writes the results
 * ({@link CalibrationResult}). Every evaluated candidate goes to the log first; with {@code resume} the log of
 * an earlier, killed calibration of the same spec is replayed instead of run again.
 */
public final class Calibration {
    /** The loss of a candidate whose runs failed or whose moments are undefined. */
    public static final double PENALTY = 1e12;
    /** The Jacobian's step, as a share of each parameter's range (central differences; one-sided at a bound). */
    public static final double JACOBIAN_STEP = 0.02;

    private final Path specFile;
    private final CalibrationSpec spec;
    private final RunModel model;
    private final MomentSet moments;
    private final Path factsFile;
    private final Path seriesFile;
    private final String fingerprint;
    private final Path base;
    private final ObjectNode baseTree;

    private Calibration(Path specFile, CalibrationSpec spec, RunModel model, Path factsFile, Path seriesFile,
                        String fingerprint, Path base, ObjectNode baseTree) {
        this.base = base;
        this.baseTree = baseTree;
        this.specFile = specFile;
        this.spec = spec;
        this.model = model;
        this.moments = new MomentSet(spec.targets().moments());
        this.factsFile = factsFile;
        this.seriesFile = seriesFile;
        this.fingerprint = fingerprint;
    }

    /** @return the spec */
    public CalibrationSpec spec() {
        return spec;
    }

    /** @return the spec file */
    public Path specFile() {
        return specFile;
    }

    /**
     * Loads a spec through the config loader (strict keys, {@code extends:}, one-line errors), its base config
     * with the spec's overrides, and checks every parameter path and range end against the base.
     *
     * @param file the spec file
     * @return the calibration, ready to run
     * @throws SweepException naming the key, the value and what is allowed
     */
    public static Calibration load(Path file) throws SweepException, IOException {
        CalibrationSpec spec;
        try {
            spec = new ConfigLoader().loadAs(file, List.of(), CalibrationSpec.class);
        } catch (ConfigException e) {
            throw new SweepException(e.getMessage());
        }
        Path base = named(file, "base", spec.base());
        RunModel model = PipelineRunModel.factory().load(base, spec.overrides());
        if (spec.budget() <= 2 * spec.dimension() + 1) {
            throw SweepException.of("budget", spec.budget(), "must exceed 2 p + 1 = " + (2 * spec.dimension() + 1)
                    + " (the start, and the Jacobian's " + 2 * spec.dimension() + " calls)");
        }
        for (int i = 0; i < spec.parameters().size(); i++) {
            CalibrationParameter p = spec.parameters().get(i);
            String problem = model.pathProblem(p.path());
            if (problem != null) {
                throw SweepException.of("parameters[" + i + "].path", "\"" + p.path() + "\"", problem);
            }
            for (String end : List.of("min", "max")) {
                double v = end.equals("min") ? p.min() : p.max();
                try {
                    model.check(Map.of(p.path(), Double.toString(v)));
                } catch (SweepException e) {
                    throw SweepException.of("parameters[" + i + "]." + end, v, "the base config rejects it: " + e.getMessage());
                }
            }
        }
        Path facts = spec.targets().facts().isBlank() ? null : named(file, "targets.facts", spec.targets().facts());
        Path series = spec.targets().series().isBlank() ? null : named(file, "targets.series", spec.targets().series());
        StringBuilder print = new StringBuilder(Sha256.hex(Files.readAllBytes(file))).append(' ').append(model.baseFingerprint());
        if (facts != null) {
            print.append(' ').append(Sha256.hex(Files.readAllBytes(facts)));
        }
        if (series != null) {
            print.append(' ').append(Sha256.hex(Files.readAllBytes(series)));
        }
        ObjectNode baseTree;
        try {
            baseTree = new ConfigWriter().toTree(new ConfigLoader().load(base));
        } catch (ConfigException e) {
            throw SweepException.of("base", "\"" + spec.base() + "\"", e.getMessage());
        }
        Calibration c = new Calibration(file, spec, model, facts, series,
                Sha256.hex(print.toString().getBytes(StandardCharsets.UTF_8)), base, baseTree);
        c.fixedTargets();
        return c;
    }

    private static Path named(Path spec, String key, String text) throws SweepException {
        Path resolved = spec.toAbsolutePath().getParent().resolve(text).normalize();
        if (!BaseFolders.allows(spec, resolved)) {
            throw SweepException.of(key, "\"" + ConfigException.excerpt(text, 200) + "\"", "must be in the spec's folder "
                    + "or below it, or in the configs folder that holds it (as for extends:)");
        }
        if (!Files.isRegularFile(resolved)) {
            throw SweepException.of(key, "\"" + text + "\"", "no such file (looked for " + resolved + ")");
        }
        return resolved;
    }

    /** @return the targets that do not need the model (numbers, facts, series); NaN for truth moments */
    double[] fixedTargets() throws SweepException {
        List<MomentSpec> ms = spec.targets().moments();
        double[] t = new double[ms.size()];
        FactsFile facts = null;
        if (factsFile != null) {
            try {
                facts = Validation.loadFacts(factsFile);
            } catch (ConfigException e) {
                throw new SweepException(factsFile + ": " + e.getMessage());
            }
        }
        RunData real = null;
        if (seriesFile != null) {
            real = realSeries(seriesFile);
        }
        for (int i = 0; i < ms.size(); i++) {
            MomentSpec m = ms.get(i);
            String key = "targets.moments[" + i + "].value";
            switch (m.value()) {
                case MomentSpec.TRUTH -> t[i] = Double.NaN;
                case MomentSpec.FACTS -> t[i] = factValue(facts, m, key);
                case MomentSpec.SERIES -> {
                    double v;
                    try {
                        double[][] e = m.runs().contains(real) ? m.statistic().extract(real) : null;
                        v = e == null || !m.statistic().defined(e) ? Double.NaN
                                : MomentSet.value(m.statistic(), m.aggregate(), List.<double[][]>of(e));
                    } catch (IllegalArgumentException e) {
                        throw SweepException.of(key, m.value(), "the series file cannot give it: " + e.getMessage());
                    }
                    if (!Double.isFinite(v)) {
                        throw SweepException.of(key, m.value(), "the statistic is undefined on the series file");
                    }
                    t[i] = v;
                }
                default -> t[i] = m.number();
            }
        }
        return t;
    }

    private static double factValue(FactsFile facts, MomentSpec m, String key) throws SweepException {
        for (Fact f : facts.facts()) {
            if (f.id().equals(m.id())) {
                if (f.statistic() != m.statistic() || f.runs() != m.runs() || f.aggregate() != m.aggregate()) {
                    throw SweepException.of(key, m.value(), "the fact " + m.id() + " has another statistic, runs or "
                            + "aggregate than the moment; give the fact's or a number");
                }
                if (!Double.isFinite(f.real().number())) {
                    throw SweepException.of(key, m.value(), "the fact " + m.id() + " has no real value");
                }
                return f.real().number();
            }
        }
        throw SweepException.of("targets.moments.id", m.id(), "no fact with this id in the facts file");
    }

    private static RunData realSeries(Path file) throws SweepException {
        SeriesTable table;
        try {
            table = SeriesTable.read(file);
        } catch (RuntimeException e) {
            throw SweepException.of("targets.series", file.getFileName(), e.getMessage());
        }
        List<double[]> rows = new ArrayList<>();
        for (int t = 0; t < table.rows(); t++) {
            double[] row = new double[table.columns().size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = table.column(table.columns().get(c))[t];
            }
            rows.add(row);
        }
        return RunData.of(0, table.columns(), rows);
    }

    /** @return the unit start point: each parameter's start, or the middle of its range */
    double[] startUnit() {
        double[] u = new double[spec.dimension()];
        for (int j = 0; j < u.length; j++) {
            CalibrationParameter p = spec.parameters().get(j);
            Double s = spec.optimizer().start().get(p.path());
            u[j] = s == null ? 0.5 : Math.max(0, Math.min(1, p.unit(s)));
        }
        return u;
    }

    double[] values(double[] unit) {
        double[] v = new double[unit.length];
        for (int j = 0; j < v.length; j++) {
            v[j] = spec.parameters().get(j).value(unit[j]);
        }
        return v;
    }

    /**
     * Runs (or resumes) the calibration into {@code dir}.
     *
     * @param dir      the output folder (created; must be new or empty unless {@code resume})
     * @param resume   replay the folder's log
     * @param threads  runs in parallel
     * @param progress told the number of calls done after each batch
     * @return the result, also written to {@code dir}
     * @throws SweepException on a folder of another spec, or a start whose moments are undefined
     */
    public CalibrationResult run(Path dir, boolean resume, int threads, IntConsumer progress)
            throws SweepException, IOException, InterruptedException {
        Files.createDirectories(dir);
        Path logFile = dir.resolve(CalibrationLog.FILE);
        if (!resume) {
            try (var list = Files.list(dir)) {
                if (list.findAny().isPresent()) {
                    throw SweepException.of("--out", "\"" + dir + "\"", "must be new or empty (or give --resume to continue "
                            + "the calibration in it)");
                }
            }
        } else if (!Files.exists(logFile)) {
            try (var list = Files.list(dir)) {
                if (list.findAny().isPresent()) {
                    throw SweepException.of("--out", "\"" + dir + "\"", "holds no " + CalibrationLog.FILE + " to resume");
                }
            }
        }
        double[] targets = fixedTargets();
        try (CalibrationLog log = CalibrationLog.open(logFile, fingerprint);
             Candidates candidates = new Candidates(model, spec.parameters(), moments, threads)) {
            Run run = new Run(log, candidates, targets, progress);
            return run.execute(dir);
        }
    }

    /** The state of one calibration run: the memo of evaluated candidates and the log behind it. */
    private final class Run {
        private final CalibrationLog log;
        private final Candidates candidates;
        private final double[] targets;
        private final IntConsumer progress;
        private final Map<String, CalibrationLog.Entry> memo = new LinkedHashMap<>();
        private CalibrationLog.Entry truth;
        private double[][] weights;

        Run(CalibrationLog log, Candidates candidates, double[] targets, IntConsumer progress) {
            this.log = log;
            this.candidates = candidates;
            this.targets = targets.clone();
            this.progress = progress;
            for (CalibrationLog.Entry e : log.entries()) {
                if (CalibrationLog.TRUTH.equals(e.kind())) {
                    truth = e;
                } else {
                    memo.put(Search.key(e.unit()), e);
                }
            }
        }

        CalibrationResult execute(Path dir) throws SweepException, IOException, InterruptedException {
            int k = moments.size();
            boolean usesTruth = spec.targets().moments().stream().anyMatch(m -> MomentSpec.TRUTH.equals(m.value()));
            if (usesTruth) {
                if (truth == null) {
                    double[] tv = new double[spec.dimension()];
                    for (int j = 0; j < tv.length; j++) {
                        tv[j] = spec.truth().values().get(spec.parameters().get(j).path());
                    }
                    Candidates.Result r = candidates.evaluate(List.of(tv), spec.truth().seed(), spec.truth().replicates()).get(0);
                    truth = new CalibrationLog.Entry(CalibrationLog.TRUTH, new double[0], tv, r.estimate().values(),
                            r.estimate().covariance(), r.failed(), r.error());
                    log.append(truth);
                }
                if (truth.failed() > 0 || !new MomentSet.Estimate(truth.moments(), null).defined()) {
                    throw new SweepException("the model at truth.values gives no target: "
                            + (truth.error() != null ? truth.error() : "a moment is undefined on the truth runs"));
                }
                for (int i = 0; i < k; i++) {
                    if (MomentSpec.TRUTH.equals(spec.targets().moments().get(i).value())) {
                        targets[i] = truth.moments()[i];
                    }
                }
            }
            double[] start = startUnit();
            evaluate(List.of(start));
            CalibrationLog.Entry startEntry = memo.get(Search.key(start));
            weights = Weights.of(spec.weights(), startEntry, k);
            int p = spec.dimension();
            Search search = new Search(spec.optimizer(), start, spec.budget() - 2 * p);
            List<String> order = new ArrayList<>();
            for (CalibrationLog.Entry e : memo.values()) {
                search.remember(e.unit(), loss(e));
            }
            search.run(units -> {
                evaluate(units);
                for (double[] u : units) {
                    search.remember(u, loss(memo.get(Search.key(u))));
                }
            });
            order.addAll(search.path());
            CalibrationLog.Entry best = null;
            List<Double> history = new ArrayList<>();
            for (String key : order) {
                CalibrationLog.Entry e = memo.get(key);
                history.add(loss(e));
                if (best == null || loss(e) < loss(best)) {
                    best = e;
                }
            }
            List<double[]> jacobianUnits = jacobianPoints(best.unit());
            evaluate(jacobianUnits);
            long jacobianOnly = jacobianUnits.stream().map(Search::key).distinct().filter(key -> !order.contains(key)).count();
            int optimizerCalls = memo.size() - (int) jacobianOnly;
            List<CalibrationLog.Entry> jacobian = new ArrayList<>();
            for (double[] u : jacobianUnits) {
                jacobian.add(memo.get(Search.key(u)));
            }
            CalibrationResult result = CalibrationResult.of(Calibration.this, targets, weights, truth, best, loss(best),
                    optimizerCalls, memo.size(), history, jacobian, search.population());
            result.write(dir);
            return result;
        }

        /** Evaluates the units not yet in the memo, in one batch, appending each to the log in order. */
        void evaluate(List<double[]> units) throws IOException, InterruptedException, SweepException {
            List<double[]> todo = new ArrayList<>();
            for (double[] u : units) {
                String key = Search.key(u);
                if (memo.containsKey(key)) {
                    continue;
                }
                if (todo.stream().noneMatch(t -> Search.key(t).equals(key))) {
                    todo.add(u);
                }
            }
            if (todo.isEmpty()) {
                return;
            }
            List<double[]> values = new ArrayList<>(todo.size());
            todo.forEach(u -> values.add(values(u)));
            List<Candidates.Result> results = candidates.evaluate(values, spec.seed(), spec.replicates());
            for (int i = 0; i < todo.size(); i++) {
                Candidates.Result r = results.get(i);
                CalibrationLog.Entry e = new CalibrationLog.Entry(CalibrationLog.CANDIDATE, todo.get(i), values.get(i),
                        r.estimate().values(), r.estimate().covariance(), r.failed(), r.error());
                log.append(e);
                memo.put(Search.key(todo.get(i)), e);
            }
            progress.accept(memo.size());
        }

        double loss(CalibrationLog.Entry e) {
            return Calibration.loss(e, targets, weights);
        }

        private List<double[]> jacobianPoints(double[] at) {
            List<double[]> points = new ArrayList<>();
            for (int j = 0; j < at.length; j++) {
                double[] up = at.clone();
                double[] down = at.clone();
                up[j] = Math.min(1, at[j] + JACOBIAN_STEP);
                down[j] = Math.max(0, at[j] - JACOBIAN_STEP);
                points.add(up);
                points.add(down);
            }
            return points;
        }
    }

    /** @return {@code (m - m*)' W (m - m*)}, or {@link #PENALTY} when a run failed or a moment is undefined */
    static double loss(CalibrationLog.Entry e, double[] targets, double[][] weights) {
        if (e.failed() > 0 || !new MomentSet.Estimate(e.moments(), null).defined()) {
            return PENALTY;
        }
        int k = targets.length;
        double[] d = new double[k];
        for (int i = 0; i < k; i++) {
            d[i] = e.moments()[i] - targets[i];
        }
        double s = 0;
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                s += d[i] * weights[i][j] * d[j];
            }
        }
        return Double.isFinite(s) ? s : PENALTY;
    }

    /**
     * @param values the estimates, in the parameters' order
     * @return the base config as loaded when the calibration started (without the spec's overrides) with the
     *         estimates, resolved, as YAML
     */
    byte[] calibratedYaml(double[] values) {
        List<ConfigOverride> list = new ArrayList<>();
        for (int j = 0; j < values.length; j++) {
            String path = spec.parameters().get(j).path();
            list.add(new ConfigOverride(path, Double.toString(values[j]), path + "=" + values[j]));
        }
        try {
            return new ConfigWriter().toYaml(new ConfigLoader().bind(baseTree, list));
        } catch (ConfigException e) {
            throw new IllegalStateException("the estimates make no valid config: " + e.getMessage(), e);
        }
    }

    RunModel model() {
        return model;
    }

    MomentSet moments() {
        return moments;
    }

    Path factsFile() {
        return factsFile;
    }

    static double[] copy(double[] x) {
        return Arrays.copyOf(x, x.length);
    }
}
