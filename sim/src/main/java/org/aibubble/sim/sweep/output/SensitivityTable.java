package org.aibubble.sim.sweep.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.aibubble.sim.format.Csv;
import org.aibubble.sim.format.NumberText;
import org.aibubble.sim.stats.Statistics;
import org.aibubble.sim.sweep.design.SaltelliLayout;
import org.aibubble.sim.sweep.sensitivity.SaltelliSample;
import org.aibubble.sim.sweep.sensitivity.SensitivityAnalysis;
import org.aibubble.sim.sweep.sensitivity.SobolIndex;
import org.aibubble.sim.sweep.table.RunsSchema;

/**
 * {@code sensitivity.csv} of a Saltelli sweep: for every output and parameter, the first-order (S1)
 * and total (ST) Sobol indices with bootstrap confidence bounds. The outputs are the summary metrics
 * and the bust share; each point's output is its mean over the finished runs where it is filled
 * (replicate noise averaged out). A base sample enters an output's estimate only if all its
 * {@code d + 2} points have that output; {@code samples} says how many did. Indices are empty when
 * fewer than 2 samples remain or the output never varies.
 */
public final class SensitivityTable {
    private static final List<String> HEADER = List.of("output", "parameter", "samples", "S1", "S1_low", "S1_high",
            "ST", "ST_low", "ST_high");

    private SensitivityTable() {
    }

    /**
     * @param schema   the columns of runs.csv
     * @param layout   where A, B and the AB_i sit among the points
     * @param analysis the estimator with its bootstrap settings
     * @param points   the runs by point id
     * @return the whole file
     */
    public static String render(RunsSchema schema, SaltelliLayout layout, SensitivityAnalysis analysis,
                                Map<Integer, PointRuns> points) {
        StringBuilder sb = new StringBuilder(Csv.line(HEADER)).append('\n');
        List<String> outputs = new ArrayList<>(schema.metricNames());
        int bust = schema.metricNames().indexOf(Outputs.BUST_METRIC);
        if (bust >= 0) {
            outputs.add(Outputs.BUST_SHARE);
        }
        for (int o = 0; o < outputs.size(); o++) {
            double[] perPoint = perPoint(points, layout.totalPoints(), o, schema.metricNames().size(), bust);
            SaltelliSample sample = sample(layout, perPoint);
            List<SobolIndex> indices = sample == null ? null : analysis.analyse(sample);
            for (int i = 0; i < layout.parameters(); i++) {
                List<String> f = new ArrayList<>();
                f.add(outputs.get(o));
                f.add(schema.parameterPaths().get(i));
                f.add(Integer.toString(sample == null ? usable(layout, perPoint) : sample.size()));
                SobolIndex s = indices == null ? null : indices.get(i);
                for (double v : s == null ? new double[6]
                        : new double[] {s.first(), s.firstLow(), s.firstHigh(), s.total(), s.totalLow(), s.totalHigh()}) {
                    f.add(s == null ? "" : NumberText.exact(v));
                }
                sb.append(Csv.line(f)).append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Output number {@code o} at every point: a metric's mean over the finished runs where it is
     * filled, or (for {@code o} past the last metric) the bust share; NaN where missing.
     */
    private static double[] perPoint(Map<Integer, PointRuns> points, int total, int o, int metrics, int bust) {
        double[] values = new double[total];
        for (int p = 0; p < total; p++) {
            PointRuns point = points.get(p);
            if (point == null) {
                values[p] = Double.NaN;
            } else if (o >= metrics) {
                values[p] = point.bustShare(bust);
            } else {
                List<Double> v = point.values(o);
                values[p] = v.isEmpty() ? Double.NaN : Statistics.mean(v.stream().mapToDouble(Double::doubleValue).toArray());
            }
        }
        return values;
    }

    private static int usable(SaltelliLayout layout, double[] perPoint) {
        int n = 0;
        for (int j = 0; j < layout.baseSamples(); j++) {
            if (complete(layout, perPoint, j)) {
                n++;
            }
        }
        return n;
    }

    private static boolean complete(SaltelliLayout layout, double[] perPoint, int j) {
        for (int k = 0; k < layout.blockSize(); k++) {
            if (!Double.isFinite(perPoint[j * layout.blockSize() + k])) {
                return false;
            }
        }
        return true;
    }

    /** The base samples with every point's output present, or null when fewer than 2. */
    private static SaltelliSample sample(SaltelliLayout layout, double[] perPoint) {
        int n = usable(layout, perPoint);
        if (n < 2) {
            return null;
        }
        int d = layout.parameters();
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[d][n];
        int k = 0;
        for (int j = 0; j < layout.baseSamples(); j++) {
            if (complete(layout, perPoint, j)) {
                fA[k] = perPoint[layout.pointA(j)];
                fB[k] = perPoint[layout.pointB(j)];
                for (int i = 0; i < d; i++) {
                    fAB[i][k] = perPoint[layout.pointAB(j, i)];
                }
                k++;
            }
        }
        return new SaltelliSample(fA, fB, fAB);
    }
}
