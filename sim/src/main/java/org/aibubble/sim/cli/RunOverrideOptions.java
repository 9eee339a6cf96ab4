package org.aibubble.sim.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.config.ConfigOverride;

import picocli.CommandLine.Option;

/**
 * The options that override a config for one model run ({@code --set}, {@code --seed}, {@code --months},
 * {@code --households}), shared as a picocli mixin by {@code run} and {@code gui}, and by {@code ensemble} and
 * {@code validate}, where {@code --seed} is the first seed. {@code --set} values apply first, in order, then the
 * three run settings, so those win.
 */
final class RunOverrideOptions {
    @Option(names = "--seed", paramLabel = "N", converter = Counts.Seed.class,
            description = "random seed (sets run.seed)")
    private Long seed;

    @Option(names = "--months", paramLabel = "N", converter = Counts.Whole.class,
            description = "horizon in months (sets run.months)")
    private Integer months;

    @Option(names = "--households", paramLabel = "N", converter = Counts.Whole.class,
            description = "number of simulated households (sets run.households)")
    private Integer households;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "override one config key, e.g. --set run.start=2027-01; list entries as name[2]; repeatable")
    private List<String> sets = new ArrayList<>();

    /**
     * @return the overrides in the order they apply
     * @throws ConfigException if a {@code --set} is not of the form {@code key=value}
     */
    List<ConfigOverride> overrides() throws ConfigException {
        List<ConfigOverride> overrides = new ArrayList<>();
        for (String assignment : sets) {
            overrides.add(ConfigOverride.parse(assignment));
        }
        if (seed != null) {
            overrides.add(ConfigOverride.ofOption("run.seed", seed.toString(), "--seed " + seed));
        }
        if (months != null) {
            overrides.add(ConfigOverride.ofOption("run.months", months.toString(), "--months " + months));
        }
        if (households != null) {
            overrides.add(ConfigOverride.ofOption("run.households", households.toString(), "--households " + households));
        }
        return overrides;
    }

    /**
     * @return the overrides as config path to value text, in the order they apply (a later one of the same path
     *         wins), as ensembles and validations take them
     * @throws ConfigException if a {@code --set} is not of the form {@code key=value}
     */
    Map<String, String> assignments() throws ConfigException {
        Map<String, String> out = new LinkedHashMap<>();
        for (ConfigOverride o : overrides()) {
            out.remove(o.path());
            out.put(o.path(), o.value());
        }
        return out;
    }
}
