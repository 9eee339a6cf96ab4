package org.aibubble.sim.sweep.sensitivity;

/**
 * The model outputs at Saltelli's design: {@code fA[j]}, {@code fB[j]} and {@code fAB[i][j]} for base
 * sample {@code j} and parameter {@code i}. Unit: whatever the output's unit is; the indices are
 * unit-free shares of variance.
 *
 * @param fA  output at row j of A, length N
 * @param fB  output at row j of B, length N
 * @param fAB output at row j of AB_i, {@code d} arrays of length N
 */
public record SaltelliSample(double[] fA, double[] fB, double[][] fAB) {
    /** Checks the shapes agree. */
    public SaltelliSample {
        int n = fA.length;
        if (n < 2 || fB.length != n) {
            throw new IllegalArgumentException("fA and fB need the same length >= 2");
        }
        for (double[] column : fAB) {
            if (column.length != n) {
                throw new IllegalArgumentException("every fAB[i] needs length " + n);
            }
        }
    }

    /** @return N, the number of base samples */
    public int size() {
        return fA.length;
    }

    /** @return d, the number of parameters */
    public int parameters() {
        return fAB.length;
    }

    /** @return the same outputs at base samples {@code rows} (a bootstrap resample; rows may repeat) */
    public SaltelliSample select(int[] rows) {
        double[] a = new double[rows.length];
        double[] b = new double[rows.length];
        double[][] ab = new double[fAB.length][rows.length];
        for (int k = 0; k < rows.length; k++) {
            a[k] = fA[rows[k]];
            b[k] = fB[rows[k]];
            for (int i = 0; i < fAB.length; i++) {
                ab[i][k] = fAB[i][rows[k]];
            }
        }
        return new SaltelliSample(a, b, ab);
    }
}
