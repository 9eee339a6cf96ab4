package org.aibubble.sim.sweep.sensitivity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.aibubble.sim.sweep.design.SaltelliLayout;
import org.junit.jupiter.api.Test;

/** Checks the estimators on the Ishigami function, whose Sobol indices are known in closed form. */
class SensitivityAnalysisTest {
    private static final double A = 7;
    private static final double B = 0.1;

    private static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + A * Math.pow(Math.sin(x2), 2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    /** @return {S1, S2, S3, ST1, ST2, ST3} */
    private static double[] analytic() {
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = Math.pow(Math.PI, 8);
        double v = A * A / 8 + B * pi4 / 5 + B * B * pi8 / 18 + 0.5;
        double v1 = 0.5 * Math.pow(1 + B * pi4 / 5, 2);
        double v2 = A * A / 8;
        double v13 = B * B * pi8 * (1.0 / 18 - 1.0 / 50);
        return new double[] {v1 / v, v2 / v, 0, (v1 + v13) / v, v2 / v, v13 / v};
    }

    private static SaltelliSample sample(int n) {
        SaltelliLayout layout = new SaltelliLayout(n, 3);
        double[][] points = layout.unitPoints();
        double[] fA = new double[n];
        double[] fB = new double[n];
        double[][] fAB = new double[3][n];
        for (int j = 0; j < n; j++) {
            fA[j] = ishigami(points[layout.pointA(j)]);
            fB[j] = ishigami(points[layout.pointB(j)]);
            for (int i = 0; i < 3; i++) {
                fAB[i][j] = ishigami(points[layout.pointAB(j, i)]);
            }
        }
        return new SaltelliSample(fA, fB, fAB);
    }

    @Test
    void ishigamiIndicesMatchTheAnalyticValues() {
        double[] exact = analytic();
        double[][] estimate = SobolEstimator.estimate(sample(8192));
        for (int i = 0; i < 3; i++) {
            assertEquals(exact[i], estimate[0][i], 0.02, "S" + (i + 1));
            assertEquals(exact[3 + i], estimate[1][i], 0.02, "ST" + (i + 1));
        }
    }

    @Test
    void bootstrapIntervalsBracketTheEstimatesAndShrinkWithMoreSamples() {
        SensitivityAnalysis analysis = new SensitivityAnalysis(200, 0.95, 11);
        List<SobolIndex> small = analysis.analyse(sample(256));
        List<SobolIndex> large = analysis.analyse(sample(4096));
        double[] exact = analytic();
        for (int i = 0; i < 3; i++) {
            SobolIndex s = large.get(i);
            assertTrue(s.firstLow() <= s.first() && s.first() <= s.firstHigh());
            assertTrue(s.totalLow() <= s.total() && s.total() <= s.totalHigh());
            assertTrue(s.totalLow() - 0.01 <= exact[3 + i] && exact[3 + i] <= s.totalHigh() + 0.01, "ST" + (i + 1));
            double smallWidth = small.get(i).totalHigh() - small.get(i).totalLow();
            double largeWidth = s.totalHigh() - s.totalLow();
            assertTrue(largeWidth < smallWidth, "interval of ST" + (i + 1) + " should shrink");
        }
    }

    @Test
    void bootstrapIsReproducibleFromItsSeed() {
        SaltelliSample s = sample(128);
        assertEquals(new SensitivityAnalysis(50, 0.9, 3).analyse(s), new SensitivityAnalysis(50, 0.9, 3).analyse(s));
    }

    @Test
    void constantOutputGivesUndefinedIndices() {
        double[] ones = {1, 1, 1, 1};
        double[][] estimate = SobolEstimator.estimate(new SaltelliSample(ones, ones, new double[][] {ones}));
        assertTrue(Double.isNaN(estimate[0][0]));
        assertTrue(Double.isNaN(estimate[1][0]));
    }
}
