package org.aibubble.sim.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aibubble.agents.config.HyperscalerParams;
import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.config.ParameterException;
import org.aibubble.agents.config.RunSettings;
import org.aibubble.agents.economy.SeriesColumn;
import org.aibubble.agents.economy.SeriesColumns;
import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.config.ConfigOverride;
import org.aibubble.sim.config.ConfigWriter;
import org.aibubble.sim.output.Sha256;
import org.aibubble.sim.run.RunResult;
import org.aibubble.sim.run.SingleRun;
import org.aibubble.sim.run.SummaryMetrics;
import org.aibubble.sim.sweep.exec.RunModel;
import org.aibubble.sim.sweep.exec.RunModelFactory;
import org.aibubble.sim.sweep.exec.RunOutcome;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The real economy behind sweeps and ensembles: the base config is loaded once (with {@code extends:}
 * and load-time overrides) and kept as a resolved tree; each run applies its overrides to a copy,
 * binds it and runs it in memory with {@link SingleRun}. The metrics are the fields of the run's
 * summary except {@code months} (the horizon, the same for every run).
 */
public final class PipelineRunModel implements RunModel {
    private static final List<String> METRICS = metricNames(SummaryMetrics.compute(List.of(), new double[0][]).asMap());

    private final ConfigLoader loader = new ConfigLoader();
    private final ObjectNode baseTree;
    private final ModelConfig base;
    private final String fingerprint;

    private PipelineRunModel(ModelConfig base) {
        ConfigWriter writer = new ConfigWriter();
        this.base = base;
        this.baseTree = writer.toTree(base);
        this.fingerprint = Sha256.hex(writer.toYaml(base));
    }

    /** @return the factory that loads config files into this model */
    public static RunModelFactory factory() {
        return (Path config, Map<String, String> overrides) -> {
            List<ConfigOverride> list = new ArrayList<>();
            overrides.forEach((path, value) -> list.add(new ConfigOverride(path, value, path + "=" + value)));
            try {
                return new PipelineRunModel(new ConfigLoader().load(config, list).config());
            } catch (ConfigException e) {
                throw new SweepException(e.getMessage());
            }
        };
    }

    @Override
    public List<String> metricNames() {
        return METRICS;
    }

    @Override
    public String baseFingerprint() {
        return fingerprint;
    }

    @Override
    public List<String> seriesColumns() {
        List<String> ids = base.hyperscalers().firms().stream().map(HyperscalerParams::id).toList();
        return SeriesColumns.of(ids).stream().map(SeriesColumn::name).toList();
    }

    @Override
    public RunSettings runSettings() {
        return base.run();
    }

    @Override
    public String pathProblem(String path) {
        return ConfigPaths.problem(baseTree, path);
    }

    @Override
    public void check(Map<String, String> overrides) throws SweepException {
        try {
            bind(overrides);
        } catch (ConfigException e) {
            throw new SweepException(e.getMessage());
        }
    }

    @Override
    public RunOutcome run(Map<String, String> overrides, boolean keepSeries) {
        RunResult result;
        try {
            result = SingleRun.run(bind(overrides), (done, total, columns, row) -> { });
        } catch (ConfigException e) {
            return RunOutcome.failed("config: " + e.getMessage());
        } catch (ParameterException e) {
            return RunOutcome.failed("the economy rejects the config: " + e.getMessage());
        }
        if (!result.complete()) {
            return RunOutcome.failed(result.error());
        }
        List<Double> metrics = new ArrayList<>(METRICS.size());
        Map<String, Number> summary = result.summary().asMap();
        for (String name : METRICS) {
            Number value = summary.get(name);
            metrics.add(value == null ? null : value.doubleValue());
        }
        return new RunOutcome(metrics, null, keepSeries ? result.columns() : List.of(),
                keepSeries ? List.of(result.rows()) : List.of());
    }

    private ModelConfig bind(Map<String, String> overrides) throws ConfigException {
        List<ConfigOverride> list = new ArrayList<>(overrides.size());
        overrides.forEach((path, value) -> list.add(new ConfigOverride(path, value, path + "=" + value)));
        return loader.bind(baseTree, list);
    }

    private static List<String> metricNames(Map<String, Number> summary) {
        List<String> names = new ArrayList<>(summary.keySet());
        names.remove("months");
        return List.copyOf(names);
    }
}
