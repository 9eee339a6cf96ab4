package org.aibubble.sim.sweep.spec;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.aibubble.agents.config.OptionalKey;
import org.aibubble.agents.config.ParameterException;
import org.aibubble.sim.sweep.design.Design;
import org.aibubble.sim.sweep.design.SobolSampler;
import org.aibubble.sim.sweep.exec.SeedScheme;

/**
 * A sweep file as written, bound by the config loader with the rules of configs (unknown, missing,
 * null and mistyped keys refused with their path; see {@code ConfigLoader#loadAs}) and validated here:
 * ranges of every key, and which keys the design allows ({@code points} for random, Latin hypercube and
 * Sobol; {@code sensitivity} for Saltelli; {@code levels} for a grid). {@link SweepSpecLoader} turns it
 * into a {@link SweepSpec}.
 *
 * @param base        the base config, relative to the sweep file
 * @param design      how points are chosen
 * @param points      the number of points of random, latin-hypercube and sobol; absent for grid and saltelli
 * @param sensitivity the Saltelli settings; absent for other designs
 * @param replicates  runs per point
 * @param seed        the base seed
 * @param seeds       independent (the default when absent) or common
 * @param months      the horizon of every run
 * @param households  simulated households of every run
 * @param keep        which outputs to keep
 * @param parameters  the varied parameters, at least one, each path once
 */
public record SweepFile(String base, Design design, @OptionalKey Integer points,
        @OptionalKey SensitivitySettings sensitivity, int replicates, long seed,
        @OptionalKey("independent") SeedScheme seeds, int months, int households, OutputsKept keep,
        List<ParameterEntry> parameters) {

    /** Validates every key and what the design allows. */
    public SweepFile {
        if (base.isBlank()) {
            throw new ParameterException("base", "\"\"", "must be the path of a config file, relative to the sweep file");
        }
        if (replicates < 1 || replicates > SweepSpecLoader.MAX_REPLICATES) {
            throw new ParameterException("replicates", replicates,
                    "must be an integer in [1, " + SweepSpecLoader.MAX_REPLICATES + "]");
        }
        if (seed < 0) {
            throw new ParameterException("seed", seed, "must be an integer in [0, " + Long.MAX_VALUE + "]");
        }
        if (seeds != SeedScheme.INDEPENDENT && seeds != SeedScheme.COMMON) {
            throw new ParameterException("seeds", "\"" + seeds.configName() + "\"", "must be independent or common");
        }
        if (months < 1 || months > 1200) {
            throw new ParameterException("months", months, "must be an integer in [1, 1200]");
        }
        if (households < 30 || households > 200_000_000) {
            throw new ParameterException("households", households, "must be an integer in [30, 200000000]");
        }
        if (parameters.isEmpty()) {
            throw new ParameterException("parameters", "[]",
                    "is required: a list of at least one parameter, each with a path and min/max or values");
        }
        parameters = List.copyOf(parameters);
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < parameters.size(); i++) {
            if (!paths.add(parameters.get(i).path())) {
                throw new ParameterException("parameters[" + i + "].path", "\"" + parameters.get(i).path() + "\"",
                        "is already varied by an earlier entry; each path may appear once");
            }
        }
        checkDesign(design, points, sensitivity, parameters);
        if ((long) size(design, points, sensitivity, parameters) * replicates > Integer.MAX_VALUE) {
            throw new ParameterException("replicates", replicates, "points x replicates must stay below 2^31 runs");
        }
    }

    private static void checkDesign(Design design, Integer points, SensitivitySettings sensitivity,
            List<ParameterEntry> parameters) {
        int d = parameters.size();
        for (int i = 0; i < d; i++) {
            ParameterEntry p = parameters.get(i);
            if (design != Design.GRID && p.levels() != null) {
                throw new ParameterException("parameters[" + i + "].levels", p.levels(), "applies to the grid design only");
            }
            if (design == Design.GRID && p.isRange() && !p.wholeNumbers() && p.levels() == null) {
                throw new ParameterException("parameters[" + i + "].levels", "(missing)",
                        "is required on a grid for a range that is not integer: an integer in [2, "
                                + SweepSpecLoader.MAX_POINTS + "]");
            }
        }
        if (design != Design.SALTELLI && sensitivity != null) {
            throw new ParameterException("sensitivity", "{...}", "applies to the saltelli design only");
        }
        switch (design) {
            case GRID -> forbidPoints(points, "a grid has one point per combination of levels; remove points");
            case SALTELLI -> {
                forbidPoints(points, "saltelli runs sensitivity.baseSamples x (parameters + 2) points; remove points");
                if (2 * d > SobolSampler.MAX_DIMENSIONS) {
                    throw new ParameterException("parameters", d + " entries",
                            "saltelli allows at most " + SobolSampler.MAX_DIMENSIONS / 2);
                }
                if (sensitivity == null) {
                    throw new ParameterException("sensitivity", "(missing)",
                            "is required for saltelli: a mapping with baseSamples, bootstrap and confidence");
                }
                int most = SweepSpecLoader.MAX_POINTS / (d + 2);
                if (sensitivity.baseSamples() > most) {
                    throw new ParameterException("sensitivity.baseSamples", sensitivity.baseSamples(),
                            "must be an integer in [2, " + most + "]");
                }
            }
            case RANDOM, LATIN_HYPERCUBE, SOBOL -> {
                if (design == Design.SOBOL && d > SobolSampler.MAX_DIMENSIONS) {
                    throw new ParameterException("parameters", d + " entries",
                            "sobol allows at most " + SobolSampler.MAX_DIMENSIONS);
                }
                String allowed = "an integer in [1, " + SweepSpecLoader.MAX_POINTS + "]";
                if (points == null) {
                    throw new ParameterException("points", "(missing)", "is required for this design: " + allowed);
                }
                if (points < 1 || points > SweepSpecLoader.MAX_POINTS) {
                    throw new ParameterException("points", points, "must be " + allowed);
                }
            }
        }
    }

    private static void forbidPoints(Integer points, String reason) {
        if (points != null) {
            throw new ParameterException("points", points, reason);
        }
    }

    /** @return the number of design points: given, the product of the grid's levels, or N (d + 2) for saltelli */
    private static int size(Design design, Integer points, SensitivitySettings sensitivity,
            List<ParameterEntry> parameters) {
        return switch (design) {
            case GRID -> gridSize(parameters);
            case SALTELLI -> sensitivity.baseSamples() * (parameters.size() + 2);
            case RANDOM, LATIN_HYPERCUBE, SOBOL -> points;
        };
    }

    private static int gridSize(List<ParameterEntry> parameters) {
        long points = 1;
        for (ParameterEntry p : parameters) {
            points *= p.parameter().gridLevels().size();
            if (points > SweepSpecLoader.MAX_POINTS) {
                throw new ParameterException("parameters", parameters.size() + " entries",
                        "the grid would have more than " + SweepSpecLoader.MAX_POINTS + " points; use fewer levels");
            }
        }
        return (int) points;
    }

    /** @return the number of design points */
    public int pointCount() {
        return size(design, points, sensitivity, parameters);
    }

    /** @return the varied parameters, in column order */
    public List<SweepParameter> sweepParameters() {
        return parameters.stream().map(ParameterEntry::parameter).toList();
    }
}
