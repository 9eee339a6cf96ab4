package org.aibubble.sim.sweep.spec;

import java.util.ArrayList;
import java.util.List;

import org.aibubble.sim.sweep.design.LatinHypercubeSampler;
import org.aibubble.sim.sweep.design.RandomSampler;
import org.aibubble.sim.sweep.design.SaltelliLayout;
import org.aibubble.sim.sweep.design.SobolSampler;

/** Turns a sweep's design into its points: for each point id, the value of every parameter. */
public final class DesignPoints {
    private DesignPoints() {
    }

    /**
     * @param spec the sweep
     * @return {@code spec.points()} lists of parameter values (config text), in point-id order
     */
    public static List<List<String>> of(SweepSpec spec) {
        int d = spec.parameters().size();
        return switch (spec.design()) {
            case GRID -> grid(spec.parameters());
            case RANDOM -> mapped(spec, new RandomSampler(spec.seed()).sample(spec.points(), d));
            case LATIN_HYPERCUBE -> mapped(spec, new LatinHypercubeSampler(spec.seed()).sample(spec.points(), d));
            case SOBOL -> mapped(spec, new SobolSampler().sample(spec.points(), d));
            case SALTELLI -> mapped(spec, new SaltelliLayout(spec.sensitivity().baseSamples(), d).unitPoints());
        };
    }

    private static List<List<String>> mapped(SweepSpec spec, double[][] unit) {
        List<List<String>> points = new ArrayList<>(unit.length);
        for (double[] row : unit) {
            List<String> values = new ArrayList<>(row.length);
            for (int j = 0; j < row.length; j++) {
                values.add(spec.parameters().get(j).valueAt(row[j]));
            }
            points.add(List.copyOf(values));
        }
        return points;
    }

    /** Every combination of levels, the first parameter varying slowest. */
    private static List<List<String>> grid(List<SweepParameter> parameters) {
        List<List<String>> points = new ArrayList<>();
        points.add(List.of());
        for (SweepParameter p : parameters) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : points) {
                for (String level : p.gridLevels()) {
                    List<String> values = new ArrayList<>(prefix);
                    values.add(level);
                    next.add(List.copyOf(values));
                }
            }
            points = next;
        }
        return points;
    }
}
