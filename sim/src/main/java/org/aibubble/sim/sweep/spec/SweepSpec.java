package org.aibubble.sim.sweep.spec;

import java.nio.file.Path;
import java.util.List;

import org.aibubble.sim.sweep.design.Design;
import org.aibubble.sim.sweep.exec.SeedScheme;

/**
 * A validated sweep file: which base config, which parameters over which values, which design,
 * how many points and replicates, and the run settings every run shares.
 *
 * @param name        the sweep's name (its file name without extension), used for default folders
 * @param file        the sweep file
 * @param sha256      SHA-256 of the sweep file's bytes, in hex
 * @param base        the base config file (resolved against the sweep file's folder)
 * @param design      how points are chosen
 * @param points      the number of design points (grid: the product of the levels; saltelli: N (d + 2))
 * @param replicates  runs per point, each with its own seed
 * @param seed        the base seed: design draws and every run's seed derive from it
 * @param seeds       whether each run has its own seed or replicate r shares one seed across points
 * @param months      the horizon of every run, in months (overrides {@code run.months})
 * @param households  simulated households of every run (overrides {@code run.households})
 * @param keep        which outputs to keep
 * @param parameters  the varied parameters, in column order
 * @param sensitivity Saltelli settings; null for other designs
 */
public record SweepSpec(String name, Path file, String sha256, Path base, Design design, int points, int replicates,
                        long seed, SeedScheme seeds, int months, int households, OutputsKept keep, List<SweepParameter> parameters,
                        SensitivitySettings sensitivity) {
    /** Copies the parameter list. */
    public SweepSpec {
        parameters = List.copyOf(parameters);
    }

    /** @return the total number of runs, points times replicates */
    public long runs() {
        return (long) points * replicates;
    }

    /** @return the parameters' config paths, in column order */
    public List<String> parameterPaths() {
        return parameters.stream().map(SweepParameter::path).toList();
    }
}
