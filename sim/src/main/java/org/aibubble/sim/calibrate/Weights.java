package org.aibubble.sim.calibrate;

import org.aibubble.sim.sweep.SweepException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/** The weighting matrix of the loss, from the start candidate's bootstrap covariance. */
final class Weights {
    private Weights() {
    }

    /**
     * @param weighting identity, diagonal or full inverse covariance
     * @param start     the start candidate's log entry
     * @param k         the number of moments
     * @return W
     * @throws SweepException when the start's runs fail or its covariance cannot be inverted
     */
    static double[][] of(Weighting weighting, CalibrationLog.Entry start, int k) throws SweepException {
        double[][] w = new double[k][k];
        if (weighting == Weighting.IDENTITY) {
            for (int i = 0; i < k; i++) {
                w[i][i] = 1;
            }
            return w;
        }
        if (start.failed() > 0) {
            throw new SweepException("weights: the start's runs failed (" + start.error() + "); start elsewhere or use "
                    + "weights: identity");
        }
        double[][] c = start.covariance();
        for (int i = 0; i < k; i++) {
            if (!(c[i][i] > 0) || !Double.isFinite(c[i][i])) {
                throw new SweepException("weights: the bootstrap variance of moment " + (i + 1) + " at the start is "
                        + c[i][i] + " (a moment that does not vary over the runs, or is undefined); start elsewhere, "
                        + "drop the moment or use weights: identity");
            }
        }
        if (weighting == Weighting.DIAGONAL) {
            for (int i = 0; i < k; i++) {
                w[i][i] = 1 / c[i][i];
            }
            return w;
        }
        LUDecomposition lu = new LUDecomposition(new Array2DRowRealMatrix(c));
        if (!lu.getSolver().isNonSingular()) {
            throw new SweepException("weights: the bootstrap covariance at the start is singular; use weights: diagonal");
        }
        RealMatrix inverse = lu.getSolver().getInverse();
        return inverse.getData();
    }
}
