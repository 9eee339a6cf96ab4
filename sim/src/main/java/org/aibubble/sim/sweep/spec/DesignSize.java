package org.aibubble.sim.sweep.spec;

import org.aibubble.sim.sweep.SweepException;
import org.aibubble.sim.sweep.design.Design;
import org.aibubble.sim.sweep.design.SobolSampler;

/**
 * Reads how many points a design has: {@code points} for random, Latin hypercube and Sobol; the
 * product of the levels for a grid; {@code N (d + 2)} for Saltelli, with its {@code sensitivity} block.
 *
 * @param points      the number of design points
 * @param sensitivity the Saltelli settings, or null
 */
record DesignSize(int points, SensitivitySettings sensitivity) {

    static DesignSize read(SpecNode root, Design design, ParametersReader parameters) throws SweepException {
        int d = parameters.parameters().size();
        return switch (design) {
            case GRID -> grid(root, parameters);
            case SALTELLI -> saltelli(root, d);
            case RANDOM, LATIN_HYPERCUBE, SOBOL -> sampled(root, design, d);
        };
    }

    private static DesignSize sampled(SpecNode root, Design design, int d) throws SweepException {
        root.forbid("sensitivity", "applies to the saltelli design only");
        if (design == Design.SOBOL && d > SobolSampler.MAX_DIMENSIONS) {
            throw SweepException.of("parameters", d + " entries", "sobol allows at most " + SobolSampler.MAX_DIMENSIONS);
        }
        return new DesignSize((int) root.integer("points", 1, SweepSpecLoader.MAX_POINTS), null);
    }

    private static DesignSize grid(SpecNode root, ParametersReader parameters) throws SweepException {
        root.forbid("points", "a grid has one point per combination of levels; remove points");
        root.forbid("sensitivity", "applies to the saltelli design only");
        long points = 1;
        for (SweepParameter p : parameters.parameters()) {
            points *= p.gridLevels().size();
            if (points > SweepSpecLoader.MAX_POINTS) {
                throw SweepException.of("parameters", parameters.parameters().size() + " entries",
                        "the grid would have more than " + SweepSpecLoader.MAX_POINTS + " points; use fewer levels");
            }
        }
        return new DesignSize((int) points, null);
    }

    private static DesignSize saltelli(SpecNode root, int d) throws SweepException {
        root.forbid("points", "saltelli runs sensitivity.baseSamples x (parameters + 2) points; remove points");
        if (2 * d > SobolSampler.MAX_DIMENSIONS) {
            throw SweepException.of("parameters", d + " entries", "saltelli allows at most "
                    + SobolSampler.MAX_DIMENSIONS / 2);
        }
        if (!root.has("sensitivity")) {
            throw SweepException.of("sensitivity", "(missing)",
                    "is required for saltelli: a mapping with baseSamples, bootstrap and confidence");
        }
        SpecNode block = SpecNode.of("sensitivity", root.raw("sensitivity"));
        int n = (int) block.integer("baseSamples", 2, SweepSpecLoader.MAX_POINTS / (d + 2));
        int bootstrap = (int) block.integer("bootstrap", 10, 100_000);
        double confidence = block.number("confidence", "must be a number in (0, 1), e.g. 0.95");
        if (!(confidence > 0 && confidence < 1)) {
            throw SweepException.of("sensitivity.confidence", confidence, "must be a number in (0, 1), e.g. 0.95");
        }
        block.rejectUnknown();
        return new DesignSize(n * (d + 2), new SensitivitySettings(n, bootstrap, confidence));
    }
}
