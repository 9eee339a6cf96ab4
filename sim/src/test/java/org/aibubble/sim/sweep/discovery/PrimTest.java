package org.aibubble.sim.sweep.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class PrimTest {
    private static final int RUNS = 2000;

    /** Busts (with noise) iff x1 > 0.7 and x2 < 0.3; x3 and the named switch do not matter. */
    private static PrimResult knownBox(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x1 = new double[RUNS];
        double[] x2 = new double[RUNS];
        double[] x3 = new double[RUNS];
        List<String> qe = new ArrayList<>();
        boolean[] bust = new boolean[RUNS];
        for (int i = 0; i < RUNS; i++) {
            x1[i] = random.nextDouble();
            x2[i] = random.nextDouble();
            x3[i] = random.nextDouble();
            qe.add(random.nextBoolean() ? "auto" : "off");
            boolean inBox = x1[i] > 0.7 && x2[i] < 0.3;
            bust[i] = random.nextDouble() < (inBox ? 0.9 : 0.03);
        }
        List<Prim.Column> columns = List.of(new Prim.Column("x1", x1, null), new Prim.Column("x2", x2, null),
                new Prim.Column("x3", x3, null), Prim.Column.of("fed.qe", qe));
        return new Prim(Prim.PEEL_ALPHA, Prim.MASS_MIN).peel(columns, bust);
    }

    @Test
    void findsTheTrueBoxOfASyntheticCase() {
        PrimResult result = knownBox(7);
        PrimStep box = result.box();
        PrimLimit.Range x1 = (PrimLimit.Range) box.limits().get(0);
        PrimLimit.Range x2 = (PrimLimit.Range) box.limits().get(1);
        PrimLimit.Range x3 = (PrimLimit.Range) box.limits().get(2);
        assertTrue(x1.min() > 0.65 && x1.min() < 0.75 && x1.max() > 0.99, "x1 > 0.7: " + x1);
        assertTrue(x2.max() > 0.25 && x2.max() < 0.35 && x2.min() < 0.01, "x2 < 0.3: " + x2);
        assertTrue(x3.min() < 0.1 && x3.max() > 0.9, "x3 does not matter: " + x3);
        assertEquals(2, ((PrimLimit.Values) box.limits().get(3)).values().size(), "both QE settings stay");
        assertTrue(result.restricted().containsAll(List.of("x1", "x2")), result.restricted().toString());
        // the true box holds 0.9 x 0.09 x 2000 = 162 busts, the rest 0.03 x 0.91 x 2000 = 55: coverage at most 0.75
        assertTrue(box.density() > 0.85 && box.coverage() > 0.65, "density " + box.density() + ", coverage "
                + box.coverage());
    }

    @Test
    void theTrajectoryShrinksFromTheWholeSpaceToTheMassFloor() {
        List<PrimStep> steps = knownBox(11).trajectory();
        assertEquals(1.0, steps.get(0).coverage());
        assertEquals(1.0, steps.get(0).mass());
        for (int i = 1; i < steps.size(); i++) {
            assertTrue(steps.get(i).runs() < steps.get(i - 1).runs(), "each peel removes runs");
            assertTrue(steps.get(i).runs() >= Prim.MASS_MIN * RUNS, "no box below the mass floor");
        }
        assertTrue(steps.get(steps.size() - 1).mass() < 0.06, "peels down to the floor");
        assertTrue(steps.size() > 40, "about log(0.05)/log(0.95) = 58 peels: " + steps.size());
    }

    @Test
    void sameInputSameResult() {
        assertEquals(knownBox(3), knownBox(3));
    }

    @Test
    void aNamedParameterIsPeeledOneValueAtATime() {
        SplittableRandom random = new SplittableRandom(5);
        int n = 600;
        double[] x = new double[n];
        List<String> qe = new ArrayList<>();
        boolean[] bust = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextDouble();
            qe.add(i % 3 == 0 ? "off" : i % 3 == 1 ? "auto" : "forced");
            bust[i] = qe.get(i).equals("off") && random.nextDouble() < 0.8;
        }
        PrimResult result = new Prim(Prim.PEEL_ALPHA, Prim.MASS_MIN).peel(
                List.of(new Prim.Column("x", x, null), Prim.Column.of("fed.qe", qe)), bust);
        assertEquals(List.of("off"), ((PrimLimit.Values) result.box().limits().get(1)).values());
        PrimLimit.Range range = (PrimLimit.Range) result.box().limits().get(0);
        assertTrue(range.max() - range.min() > 0.8, "x barely narrowed: " + range);
    }

    @Test
    void noBoxWorthItChoosesTheWholeSpace() {
        boolean[] bust = new boolean[200];
        double[] x = new double[200];
        for (int i = 0; i < 200; i++) {
            x[i] = i;
            bust[i] = i % 2 == 0;
        }
        PrimResult result = new Prim(Prim.PEEL_ALPHA, Prim.MASS_MIN).peel(List.of(new Prim.Column("x", x, null)), bust);
        assertEquals(0, result.chosen());
        assertTrue(result.restricted().isEmpty());
    }

    @Test
    void refusesBadSettingsAndInputsWithOneLine() {
        assertThrows(IllegalArgumentException.class, () -> new Prim(0.5, 0.05));
        assertThrows(IllegalArgumentException.class, () -> new Prim(0.05, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Prim(0.05, 0.05).peel(List.of(new Prim.Column("x", new double[] {1, 2}, null)),
                        new boolean[] {false, false}));
        assertEquals("PRIM needs runs and at least one target run (has 2 runs, 0 targets)", e.getMessage());
    }
}
