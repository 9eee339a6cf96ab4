package org.aibubble.sim.sweep.sensitivity;

import java.util.Arrays;

import org.aibubble.sim.stats.Statistics;

/**
 * Point estimates of Sobol sensitivity indices from a {@link SaltelliSample}, after Saltelli et al.
 * (2010), "Variance based sensitivity analysis of model output", Table 2:
 * <ul>
 *   <li>first order: {@code S_i = mean_j( fB_j (fAB_ij - fA_j) ) / V} (Saltelli 2010, eq. b);</li>
 *   <li>total: {@code ST_i = mean_j( (fA_j - fAB_ij)^2 ) / (2 V)} (Jansen 1999, eq. f);</li>
 * </ul>
 * with {@code V} the variance of all outputs at A and B together. When {@code V} is zero (the output
 * never moves) the indices are undefined and returned as NaN.
 */
public final class SobolEstimator {
    private SobolEstimator() {
    }

    /**
     * @param sample the outputs at A, B and the AB_i
     * @return {@code [0][i]} the first-order index of parameter i, {@code [1][i]} its total index
     */
    public static double[][] estimate(SaltelliSample sample) {
        int n = sample.size();
        int d = sample.parameters();
        double variance = pooledVariance(sample.fA(), sample.fB());
        double[][] result = new double[2][d];
        for (int i = 0; i < d; i++) {
            double first = 0;
            double total = 0;
            double[] ab = sample.fAB()[i];
            for (int j = 0; j < n; j++) {
                first += sample.fB()[j] * (ab[j] - sample.fA()[j]);
                double diff = sample.fA()[j] - ab[j];
                total += diff * diff;
            }
            result[0][i] = variance > 0 ? first / n / variance : Double.NaN;
            result[1][i] = variance > 0 ? total / (2.0 * n) / variance : Double.NaN;
        }
        return result;
    }

    /** Population variance of the 2N outputs at A and B. */
    static double pooledVariance(double[] a, double[] b) {
        double[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return Statistics.populationVariance(both);
    }
}
