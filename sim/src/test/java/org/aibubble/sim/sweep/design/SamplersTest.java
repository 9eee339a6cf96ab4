package org.aibubble.sim.sweep.design;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class SamplersTest {

    @Test
    void latinHypercubePutsExactlyOnePointInEveryStratumOfEveryCoordinate() {
        int n = 37;
        double[][] rows = new LatinHypercubeSampler(5).sample(n, 4);
        for (int j = 0; j < 4; j++) {
            boolean[] seen = new boolean[n];
            for (double[] row : rows) {
                int stratum = (int) Math.floor(row[j] * n);
                assertFalse(seen[stratum], "two points in stratum " + stratum + " of coordinate " + j);
                seen[stratum] = true;
            }
        }
    }

    @Test
    void seededSamplersAreReproducibleAndSeedSensitive() {
        assertTrue(Arrays.deepEquals(new LatinHypercubeSampler(9).sample(10, 3), new LatinHypercubeSampler(9).sample(10, 3)));
        assertFalse(Arrays.deepEquals(new LatinHypercubeSampler(9).sample(10, 3), new LatinHypercubeSampler(10).sample(10, 3)));
        assertTrue(Arrays.deepEquals(new RandomSampler(9).sample(10, 3), new RandomSampler(9).sample(10, 3)));
        assertFalse(Arrays.deepEquals(new RandomSampler(9).sample(10, 3), new RandomSampler(10).sample(10, 3)));
    }

    @Test
    void everySamplerStaysInsideTheUnitCube() {
        UnitSampler[] samplers = {new RandomSampler(1), new LatinHypercubeSampler(1), new SobolSampler()};
        for (UnitSampler sampler : samplers) {
            for (double[] row : sampler.sample(200, 5)) {
                for (double u : row) {
                    assertTrue(u >= 0 && u < 1, sampler.getClass().getSimpleName() + " gave " + u);
                }
            }
        }
    }

    @Test
    void sobolSkipsTheOriginAndFollowsTheKnownSequence() {
        double[][] rows = new SobolSampler().sample(3, 2);
        assertArrayEquals(new double[] {0.5, 0.5}, rows[0]);
        assertArrayEquals(new double[] {0.75, 0.25}, rows[1]);
        assertArrayEquals(new double[] {0.25, 0.75}, rows[2]);
    }

    @Test
    void sobolCoversTheSquareEvenlyOnDyadicBoxes() {
        // 64 points of a (t, m, s)-net in base 2: every 1/8 x 1/8 box holds exactly one point.
        double[][] rows = new SobolSampler().sample(63, 2);
        int[][] counts = new int[8][8];
        counts[0][0]++; // the skipped origin
        for (double[] row : rows) {
            counts[(int) (row[0] * 8)][(int) (row[1] * 8)]++;
        }
        for (int[] column : counts) {
            for (int c : column) {
                assertEquals(1, c);
            }
        }
    }

    @Test
    void saltelliMatricesDifferFromAOnlyInTheSwappedColumn() {
        SaltelliLayout layout = new SaltelliLayout(16, 3);
        double[][] rows = layout.unitPoints();
        assertEquals(16 * 5, rows.length);
        for (int j = 0; j < 16; j++) {
            double[] a = rows[layout.pointA(j)];
            double[] b = rows[layout.pointB(j)];
            for (int i = 0; i < 3; i++) {
                double[] ab = rows[layout.pointAB(j, i)];
                for (int k = 0; k < 3; k++) {
                    assertEquals(k == i ? b[k] : a[k], ab[k]);
                }
            }
        }
    }

    @Test
    void saltelliTakesSobolPointsNTo2NMinus1SoNoBaseSampleHasAEqualToB() {
        int n = 16;
        SaltelliLayout layout = new SaltelliLayout(n, 3);
        double[][] rows = layout.unitPoints();
        double[][] sobol = new SobolSampler().sample(2 * n - 1, 6);
        for (int j = 0; j < n; j++) {
            double[] expected = sobol[n - 1 + j];
            assertArrayEquals(Arrays.copyOfRange(expected, 0, 3), rows[layout.pointA(j)], "A row " + j);
            assertArrayEquals(Arrays.copyOfRange(expected, 3, 6), rows[layout.pointB(j)], "B row " + j);
            assertFalse(Arrays.equals(rows[layout.pointA(j)], rows[layout.pointB(j)]), "A = B in row " + j);
        }
    }

    @Test
    void designNamesParseInKebabCase() {
        assertEquals(Design.LATIN_HYPERCUBE, Design.parse("latin-hypercube"));
        assertEquals(Design.SALTELLI, Design.parse("saltelli"));
        assertEquals(null, Design.parse("factorial"));
        assertEquals("grid, random, latin-hypercube, sobol, saltelli", Design.allowed());
    }
}
