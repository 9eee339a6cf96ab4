package org.aibubble.sim.sweep.discovery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.aibubble.sim.stats.Statistics;

/**
 * PRIM, the patient rule induction method of Friedman and Fisher (1999, "Bump hunting in
 * high-dimensional data", Statistics and Computing 9), peeling only, as scenario discovery uses it
 * (Bryant and Lempert 2010; the EMA Workbench's {@code prim}): start from the box that holds every
 * run; at each step try, for every parameter, peeling off the runs below its {@code alpha}-quantile
 * in the box, those above its {@code 1 - alpha}-quantile, and (for a named parameter) all runs of one
 * of its values; take the peel with the largest gain in density per run removed (Friedman and Fisher's
 * patient criterion, so that a peel that removes many runs at once must earn it); stop when no peel
 * leaves at least {@code massMin} of all runs. When ties at a quantile mean a peel would remove
 * nothing, the runs at the extreme value are peeled instead. Ties between peels go to the first
 * parameter, the low side before the high side. No randomness: the same input gives the same result.
 *
 * <p>The chosen box is the one on the trajectory with the largest harmonic mean of coverage and
 * density (both count equally; the earliest box wins a tie), so the whole space is chosen when no
 * peel buys density worth the coverage it costs.
 */
public final class Prim {
    /** The share of the box's runs a peel removes, as in Friedman and Fisher and the EMA Workbench. */
    public static final double PEEL_ALPHA = 0.05;
    /** The smallest share of all runs a box may hold. */
    public static final double MASS_MIN = 0.05;

    private final double alpha;
    private final double massMin;

    /**
     * One parameter as PRIM sees it, one cell per run: numbers, or values (names).
     *
     * @param name    the parameter
     * @param numbers the values of a numeric parameter, or null
     * @param values  the values of a named parameter, or null
     */
    public record Column(String name, double[] numbers, List<String> values) {
        /** @return the column of {@code cells}: numeric when every cell reads as a finite number, named otherwise */
        public static Column of(String name, List<String> cells) {
            double[] numbers = new double[cells.size()];
            for (int i = 0; i < numbers.length; i++) {
                try {
                    numbers[i] = Double.parseDouble(cells.get(i).trim());
                } catch (NumberFormatException e) {
                    return new Column(name, null, List.copyOf(cells));
                }
                if (!Double.isFinite(numbers[i])) {
                    return new Column(name, null, List.copyOf(cells));
                }
            }
            return new Column(name, numbers, null);
        }

        int size() {
            return numbers != null ? numbers.length : values.size();
        }
    }

    /**
     * @param alpha   the share peeled per step, in (0, 0.5)
     * @param massMin the smallest share of all runs a box may hold, in (0, 1)
     * @throws IllegalArgumentException if either is out of its range
     */
    public Prim(double alpha, double massMin) {
        if (!(alpha > 0 && alpha < 0.5)) {
            throw new IllegalArgumentException("peel alpha = " + alpha + ": must be in (0, 0.5)");
        }
        if (!(massMin > 0 && massMin < 1)) {
            throw new IllegalArgumentException("mass min = " + massMin + ": must be in (0, 1)");
        }
        this.alpha = alpha;
        this.massMin = massMin;
    }

    /**
     * @param columns the parameters, each with one cell per run
     * @param target  per run, whether it is a target run (a bust)
     * @return the peeling trajectory and the chosen box
     * @throws IllegalArgumentException if there are no runs, no target run, or a column's length differs
     */
    public PrimResult peel(List<Column> columns, boolean[] target) {
        int n = target.length;
        int hitsTotal = count(target, all(n));
        if (n == 0 || hitsTotal == 0) {
            throw new IllegalArgumentException("PRIM needs runs and at least one target run (has " + n + " runs, "
                    + hitsTotal + " targets)");
        }
        for (Column c : columns) {
            if (c.size() != n) {
                throw new IllegalArgumentException(c.name() + " has " + c.size() + " cells for " + n + " runs");
            }
        }
        boolean[] in = all(n);
        List<PrimLimit> box = new ArrayList<>();
        for (Column c : columns) {
            box.add(limitOf(c, in));
        }
        List<PrimStep> trajectory = new ArrayList<>();
        trajectory.add(step(0, in, target, hitsTotal, box));
        int minRuns = (int) Math.ceil(massMin * n);
        while (true) {
            Peel best = null;
            int inBox = count(in);
            double density = (double) count(target, in) / inBox;
            for (int d = 0; d < columns.size(); d++) {
                for (boolean[] remove : candidates(columns.get(d), in)) {
                    int removed = count(remove);
                    if (removed == 0 || inBox - removed < minRuns) {
                        continue;
                    }
                    boolean[] kept = minus(in, remove);
                    double gain = ((double) count(target, kept) / (inBox - removed) - density) / removed;
                    if (best == null || gain > best.gain()) {
                        best = new Peel(d, kept, gain);
                    }
                }
            }
            if (best == null) {
                break;
            }
            in = best.kept();
            box.set(best.column(), limitOf(columns.get(best.column()), in));
            trajectory.add(step(trajectory.size(), in, target, hitsTotal, box));
        }
        return new PrimResult(trajectory, choose(trajectory));
    }

    private record Peel(int column, boolean[] kept, double gain) {
    }

    /** @return the runs each candidate peel of one column removes: low side, high side, or one value each */
    private List<boolean[]> candidates(Column c, boolean[] in) {
        List<boolean[]> out = new ArrayList<>();
        if (c.numbers() != null) {
            double[] x = c.numbers();
            double[] inside = select(x, in);
            double low = Statistics.quantile(inside, 100 * alpha);
            double high = Statistics.quantile(inside, 100 * (1 - alpha));
            double min = Arrays.stream(inside).min().orElseThrow();
            double max = Arrays.stream(inside).max().orElseThrow();
            out.add(mask(in, i -> low > min ? x[i] < low : x[i] <= min));
            out.add(mask(in, i -> high < max ? x[i] > high : x[i] >= max));
        } else {
            for (String v : distinct(c.values(), in)) {
                out.add(mask(in, i -> c.values().get(i).equals(v)));
            }
        }
        return out;
    }

    /** @return the box's limit of one column: the range or the values of its runs in the box */
    private static PrimLimit limitOf(Column c, boolean[] in) {
        if (c.numbers() != null) {
            double[] inside = select(c.numbers(), in);
            return new PrimLimit.Range(c.name(), Arrays.stream(inside).min().orElseThrow(),
                    Arrays.stream(inside).max().orElseThrow());
        }
        return new PrimLimit.Values(c.name(), distinct(c.values(), in));
    }

    private static PrimStep step(int index, boolean[] in, boolean[] target, int hitsTotal, List<PrimLimit> box) {
        int runs = count(in);
        int hits = count(target, in);
        return new PrimStep(index, runs, hits, (double) hits / hitsTotal, (double) hits / runs,
                (double) runs / in.length, box);
    }

    /** @return the step with the largest harmonic mean of coverage and density, the earliest of equals */
    static int choose(List<PrimStep> trajectory) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (PrimStep s : trajectory) {
            double score = s.hits() == 0 ? 0 : 2 * s.coverage() * s.density() / (s.coverage() + s.density());
            if (score > bestScore) {
                bestScore = score;
                best = s.step();
            }
        }
        return best;
    }

    private interface RunTest {
        boolean test(int run);
    }

    private static boolean[] mask(boolean[] in, RunTest test) {
        boolean[] out = new boolean[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[i] && test.test(i);
        }
        return out;
    }

    private static List<String> distinct(List<String> values, boolean[] in) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < in.length; i++) {
            if (in[i] && !out.contains(values.get(i))) {
                out.add(values.get(i));
            }
        }
        return out;
    }

    private static double[] select(double[] x, boolean[] in) {
        double[] out = new double[count(in)];
        int k = 0;
        for (int i = 0; i < x.length; i++) {
            if (in[i]) {
                out[k++] = x[i];
            }
        }
        return out;
    }

    private static boolean[] all(int n) {
        boolean[] out = new boolean[n];
        Arrays.fill(out, true);
        return out;
    }

    private static boolean[] minus(boolean[] in, boolean[] remove) {
        boolean[] out = new boolean[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[i] && !remove[i];
        }
        return out;
    }

    private static int count(boolean[] b) {
        int n = 0;
        for (boolean v : b) {
            n += v ? 1 : 0;
        }
        return n;
    }

    private static int count(boolean[] target, boolean[] in) {
        int n = 0;
        for (int i = 0; i < in.length; i++) {
            n += in[i] && target[i] ? 1 : 0;
        }
        return n;
    }
}
