package org.aibubble.sim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.config.ConfigOverride;

import picocli.CommandLine.Option;

/**
 * The options that override the config of every run of an ensemble ({@code --set}, {@code --months},
 * {@code --households}), shared as a picocli mixin by {@code ensemble} and {@code validate}, as
 * {@link RunOverrideOptions} is by {@code run} and {@code gui}; {@code --months} and {@code --households} come
 * after the {@code --set} values and win over a {@code --set} of the same key.
 */
final class BatchOverrideOptions {
    @Option(names = "--months", paramLabel = "N", converter = Counts.Whole.class,
            description = "horizon in months of every run (sets run.months)")
    private Integer months;

    @Option(names = "--households", paramLabel = "N", converter = Counts.Whole.class,
            description = "number of simulated households of every run (sets run.households)")
    private Integer households;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "override one config key, as for run; repeatable")
    private List<String> sets = new ArrayList<>();

    /**
     * @return config path to value text, in the order given
     * @throws ConfigException for a {@code --set} that is not {@code KEY=VALUE}
     */
    Map<String, String> overrides() throws ConfigException {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String assignment : sets) {
            ConfigOverride o = ConfigOverride.parse(assignment);
            overrides.put(o.path(), o.value());
        }
        if (months != null) {
            overrides.put("run.months", months.toString());
        }
        if (households != null) {
            overrides.put("run.households", households.toString());
        }
        return overrides;
    }
}
