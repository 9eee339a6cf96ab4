package org.aibubble.agents.parallel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.jupiter.api.Test;

class SliceExecutorTest {

    @Test
    void runsEverySliceExactlyOnceOnEveryPass() {
        try (SliceExecutor executor = new SliceExecutor(3)) {
            AtomicIntegerArray runs = new AtomicIntegerArray(200);
            for (int pass = 0; pass < 50; pass++) {
                executor.forEachSlice(200, runs::incrementAndGet);
            }
            for (int s = 0; s < 200; s++) {
                assertEquals(50, runs.get(s), "slice " + s);
            }
        }
    }

    @Test
    void sliceTotalsAddedInSliceOrderDoNotDependOnTheThreadCount() {
        double[] one = sumOfSquareRootsBySlice(1);
        double[] two = sumOfSquareRootsBySlice(2);
        double[] four = sumOfSquareRootsBySlice(4);
        assertArrayEquals(one, two);
        assertArrayEquals(one, four);
    }

    private static double[] sumOfSquareRootsBySlice(int threads) {
        SliceLayout layout = new SliceLayout(1_000_003, 4096);
        double[] partial = new double[layout.count()];
        try (SliceExecutor executor = new SliceExecutor(threads)) {
            executor.forEachSlice(layout.count(), s -> {
                double sum = 0;
                for (int i = layout.start(s); i < layout.end(s); i++) {
                    sum += Math.sqrt(i) * CounterRandom.uniform(42L, i);
                }
                partial[s] = sum;
            });
        }
        double total = 0;
        for (double p : partial) {
            total += p;
        }
        return new double[] {total, partial[0], partial[partial.length - 1]};
    }

    @Test
    void aFailingSliceIsRethrownOnTheCaller() {
        IllegalStateException boom = new IllegalStateException("slice 7 failed");
        try (SliceExecutor executor = new SliceExecutor(2)) {
            RuntimeException thrown = assertThrows(RuntimeException.class, () -> executor.forEachSlice(64, s -> {
                if (s == 7) {
                    throw boom;
                }
            }));
            assertSame(boom, thrown);
            AtomicIntegerArray runs = new AtomicIntegerArray(64);
            executor.forEachSlice(64, runs::incrementAndGet);
            assertEquals(64, sum(runs), "the executor keeps working after a failed pass");
        }
    }

    @Test
    void aClosedExecutorStartsItsWorkersAgainWhenNeeded() {
        SliceExecutor executor = new SliceExecutor(2);
        AtomicIntegerArray runs = new AtomicIntegerArray(8);
        executor.forEachSlice(8, runs::incrementAndGet);
        executor.close();
        executor.close();
        executor.forEachSlice(8, runs::incrementAndGet);
        executor.close();
        assertEquals(16, sum(runs));
    }

    @Test
    void aDeserialisedExecutorKeepsItsThreadCountAndWorks() throws Exception {
        SliceExecutor executor = new SliceExecutor(2);
        executor.forEachSlice(8, s -> { });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(executor);
        }
        executor.close();
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            SliceExecutor copy = (SliceExecutor) in.readObject();
            assertEquals(2, copy.threads());
            AtomicIntegerArray runs = new AtomicIntegerArray(8);
            copy.forEachSlice(8, runs::incrementAndGet);
            copy.close();
            assertEquals(8, sum(runs));
        }
    }

    @Test
    void rejectsZeroThreads() {
        assertThrows(IllegalArgumentException.class, () -> new SliceExecutor(0));
    }

    private static int sum(AtomicIntegerArray a) {
        int total = 0;
        for (int i = 0; i < a.length(); i++) {
            total += a.get(i);
        }
        return total;
    }
}
