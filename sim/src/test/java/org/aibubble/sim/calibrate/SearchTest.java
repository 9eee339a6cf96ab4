package org.aibubble.sim.calibrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

/**
 * The replay of {@link Search} must ask for exactly the points the optimizer asks for when it evaluates its
 * objective directly, in the same order, whatever batch the points were evaluated in; so it finds the same
 * optimum. Checked for CMA-ES and Nelder-Mead on a rotated, shifted quadratic with a rugged term.
 */
class SearchTest {
    private static final double[] OPTIMUM = {0.3, 0.7, 0.45};

    private static double f(double[] u) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            double d = u[i] - OPTIMUM[i];
            s += (i + 1) * d * d + 0.3 * d * (u[(i + 1) % u.length] - OPTIMUM[(i + 1) % u.length]);
        }
        return s + 1e-4 * Math.sin(40 * u[0]);
    }

    private static double[] clamp(double[] x) {
        return Arrays.stream(x).map(v -> Math.max(0, Math.min(1, v))).toArray();
    }

    @Test
    void cmaEsReplayAsksWhatTheDirectRunAsks() throws Exception {
        OptimizerSpec spec = new OptimizerSpec(OptimizerSpec.Method.CMA_ES, Map.of(), 0.3, 0, 11, 0);
        double[] start = {0.9, 0.1, 0.2};
        int budget = 300;
        Set<String> direct = new LinkedHashSet<>();
        double[] sigma = {0.3, 0.3, 0.3};
        new CMAESOptimizer(100_000, 0, true, 0, 0, new MersenneTwister(11L), false, null)
                .optimize(new MaxEval(budget), new MaxIter(100_000), new ObjectiveFunction(x -> {
                    double[] u = clamp(x);
                    direct.add(Search.key(u));
                    return f(u);
                }), GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(new double[3], new double[] {1, 1, 1}),
                        new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(7));
        List<Integer> batches = new ArrayList<>();
        Search search = new Search(spec, start, budget);
        search.run(units -> {
            batches.add(units.size());
            for (double[] u : units) {
                search.remember(u, f(u));
            }
        });
        List<String> d = new ArrayList<>(direct);
        int first = 0;
        while (first < Math.min(d.size(), search.path().size()) && d.get(first).equals(search.path().get(first))) {
            first++;
        }
        assertEquals(d.size(), first, d.subList(0, 3) + " vs " + search.path().subList(0, 3) + " paths part at point " + first + " of " + d.size() + " / " + search.path().size()
                + ": batches " + batches);
        assertEquals(d, search.path());
        assertEquals(direct.size(), search.remembered(), "no point evaluated off the optimizer's path");
        assertTrue(batches.stream().skip(1).allMatch(b -> b <= 7) && batches.stream().filter(b -> b == 7).count() > 10,
                "whole generations are evaluated as one batch: " + batches);
        double best = search.path().stream().mapToDouble(k -> f(parse(k))).min().orElseThrow();
        assertTrue(best < 1e-3, "CMA-ES found the optimum, loss " + best);
    }

    @Test
    void nelderMeadReplayAsksWhatTheDirectRunAsks() throws Exception {
        OptimizerSpec spec = new OptimizerSpec(OptimizerSpec.Method.NELDER_MEAD, Map.of(), 0.2, 0, 0, 1e-8);
        double[] start = {0.9, 0.1, 0.2};
        int budget = 200;
        Set<String> direct = new LinkedHashSet<>();
        try {
            new SimplexOptimizer(new SimpleValueChecker(1e-8, 1e-14)).optimize(new MaxEval(budget), new MaxIter(100_000),
                    new ObjectiveFunction(x -> {
                        double[] u = clamp(x);
                        direct.add(Search.key(u));
                        return f(u);
                    }), GoalType.MINIMIZE, new InitialGuess(start), new NelderMeadSimplex(new double[] {0.2, 0.2, 0.2}));
        } catch (org.apache.commons.math3.exception.TooManyEvaluationsException e) {
            // the budget ends the direct run as it ends the search
        }
        Search search = new Search(spec, start, budget);
        List<Integer> batches = new ArrayList<>();
        search.run(units -> {
            batches.add(units.size());
            for (double[] u : units) {
                search.remember(u, f(u));
            }
        });
        assertEquals(new ArrayList<>(direct), search.path());
        assertEquals(4, batches.get(0), "the first simplex is one batch");
    }

    private static double[] parse(String key) {
        return Arrays.stream(key.substring(1, key.length() - 1).split(", ")).mapToDouble(Double::parseDouble).toArray();
    }
}
