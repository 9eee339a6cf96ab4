package org.aibubble.sim.calibrate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;

import org.aibubble.sim.sweep.SweepException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.ConvergenceChecker;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.random.MersenneTwister;

/**
 * Drives a Commons Math optimizer over the unit cube by replay, so that a batch of candidates can be run
 * in parallel and a killed calibration can resume from its log. The optimizer is always run from scratch
 * with the same seed against a memo of evaluated candidates: asked for a point the memo holds, the
 * objective answers its loss; asked for a new one, it notes it as pending and answers a placeholder, and
 * at the end of a batch - a CMA-ES generation (whose points are drawn before any of them is evaluated),
 * the first {@code p + 1} vertices of a Nelder-Mead simplex, else each point - it stops the optimizer.
 * The pending points are evaluated (in parallel), added to the memo, and the optimizer is replayed. A
 * placeholder never reaches a result: the search ends only with a replay that asked for nothing new.
 * So the candidates, their order and the result depend only on the spec, never on the thread count or on
 * whether the memo came from this process or from the log.
 */
final class Search {
    /** Iterations a CMA-ES run may take (its budget of model calls stops it first). */
    private static final int MAX_ITERATIONS = 100_000;
    /** The absolute loss change below which Nelder-Mead stops, whatever the relative tolerance. */
    private static final double NELDER_MEAD_ABSOLUTE = 1e-14;

    /** Evaluates pending candidates and adds them to the memo. */
    interface Evaluator {
        /**
         * @param units the pending unit points, in the order the optimizer asked for them
         */
        void evaluate(List<double[]> units) throws IOException, InterruptedException, SweepException;
    }

    private final OptimizerSpec spec;
    private final int dimension;
    private final double[] start;
    private final int maxCalls;
    private final Map<String, Double> memo = new HashMap<>();
    private List<String> path = List.of();

    /**
     * @param spec     the optimizer settings
     * @param start    the unit start point
     * @param maxCalls the most distinct candidates the optimizer may have evaluated
     */
    Search(OptimizerSpec spec, double[] start, int maxCalls) {
        this.spec = spec;
        this.dimension = start.length;
        this.start = start.clone();
        this.maxCalls = maxCalls;
    }

    /** @return the memo key of a unit point: its coordinates' exact text */
    static String key(double[] unit) {
        return Arrays.toString(unit);
    }

    /** Records an evaluated candidate's loss. */
    void remember(double[] unit, double loss) {
        memo.put(key(unit), loss);
    }

    /** @return distinct candidates remembered */
    int remembered() {
        return memo.size();
    }

    /**
     * @return the distinct evaluated candidates the last replay asked for, in the order it first asked: after
     *         {@link #run}, the optimizer's path
     */
    List<String> path() {
        return path;
    }

    /** @return CMA-ES's population for this dimension ({@code 4 + floor(3 ln p)} unless set) */
    int population() {
        return spec.population() > 0 ? spec.population() : 4 + (int) Math.floor(3 * Math.log(dimension));
    }

    /**
     * Runs the search to its end.
     *
     * @param evaluator evaluates pending points and {@link #remember}s them
     */
    void run(Evaluator evaluator) throws IOException, InterruptedException, SweepException {
        while (true) {
            List<double[]> pending = replay();
            if (pending.isEmpty()) {
                return;
            }
            int room = maxCalls - memo.size();
            if (room <= 0) {
                return;
            }
            evaluator.evaluate(pending.size() > room ? pending.subList(0, room) : pending);
        }
    }

    private static final class BatchFull extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BatchFull() {
            super(null, null, false, false);
        }
    }

    /** @return the new points the optimizer asked for before its first batch ended (empty if none) */
    private List<double[]> replay() {
        Set<String> pendingKeys = new LinkedHashSet<>();
        Set<String> asked = new LinkedHashSet<>();
        List<double[]> pending = new ArrayList<>();
        int[] calls = {0};
        IntPredicate batchEnd = batchEnds();
        ObjectiveFunction objective = new ObjectiveFunction(x -> {
            int call = calls[0]++;
            double[] u = clamp(x);
            String k = key(u);
            Double loss = memo.get(k);
            if (loss == null && pendingKeys.add(k)) {
                pending.add(u);
            } else if (loss != null) {
                asked.add(k);
            }
            if (!pending.isEmpty() && batchEnd.test(call)) {
                throw new BatchFull();
            }
            return loss == null ? 0 : loss;
        });
        try {
            optimize(objective);
        } catch (BatchFull | TooManyEvaluationsException e) {
            // a batch to evaluate, or the budget is spent
        }
        path = List.copyOf(asked);
        return pending;
    }

    private IntPredicate batchEnds() {
        if (spec.method() == OptimizerSpec.Method.CMA_ES) {
            int lambda = population();
            return call -> call % lambda == 0;
        }
        return call -> call >= dimension;
    }

    private void optimize(ObjectiveFunction objective) {
        double[] lower = new double[dimension];
        double[] upper = new double[dimension];
        Arrays.fill(upper, 1);
        ConvergenceChecker<PointValuePair> checker = spec.tolerance() > 0
                ? new SimpleValueChecker(spec.tolerance(), 0) : null;
        MaxEval maxEval = new MaxEval(maxCalls);
        if (spec.method() == OptimizerSpec.Method.CMA_ES) {
            double[] sigma = new double[dimension];
            Arrays.fill(sigma, spec.step());
            new CMAESOptimizer(MAX_ITERATIONS, 0, true, 0, 0, new MersenneTwister(spec.seed()), false, checker)
                    .optimize(maxEval, new MaxIter(MAX_ITERATIONS), objective, GoalType.MINIMIZE,
                            new InitialGuess(start), new SimpleBounds(lower, upper),
                            new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(population()));
        } else {
            double[] steps = new double[dimension];
            Arrays.fill(steps, spec.step());
            new SimplexOptimizer(new SimpleValueChecker(Math.max(spec.tolerance(), 1e-10), NELDER_MEAD_ABSOLUTE))
                    .optimize(maxEval, new MaxIter(MAX_ITERATIONS), objective, GoalType.MINIMIZE,
                            new InitialGuess(start), new NelderMeadSimplex(steps));
        }
    }

    private static double[] clamp(double[] x) {
        double[] u = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            u[i] = Math.max(0, Math.min(1, x[i]));
        }
        return u;
    }
}
