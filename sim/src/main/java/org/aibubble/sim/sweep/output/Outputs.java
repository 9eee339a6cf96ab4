package org.aibubble.sim.sweep.output;

/** Names of the summary metrics and files that sweeps and ensembles treat specially. */
public final class Outputs {
    /** The summary metric that is empty for a run without a bust; a run busts when it is filled. */
    public static final String BUST_METRIC = "bust_month";
    /** The per-point output "share of runs that bust", analysed alongside the summary metrics. */
    public static final String BUST_SHARE = "bust_share";
    /** Per-run table. */
    public static final String RUNS = "runs.csv";
    /** Per-point statistics. */
    public static final String AGGREGATE = "aggregate.csv";
    /** Sobol indices of a Saltelli sweep. */
    public static final String SENSITIVITY = "sensitivity.csv";
    /** What made the folder, and how far it got. */
    public static final String MANIFEST = "manifest.json";
    /** A copy of the sweep file. */
    public static final String SWEEP_COPY = "sweep.yaml";

    private Outputs() {
    }
}
