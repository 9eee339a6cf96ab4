package org.aibubble.sim.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.sim.TestConfigs;
import org.junit.jupiter.api.Test;

class SingleRunTest {
    private static ModelConfig config(long seed, int months) {
        return TestConfigs.baseline(seed, months, 1000);
    }

    @Test
    void recordsOneRowPerMonthWithTheEconomysColumns() {
        List<Integer> seen = new ArrayList<>();
        RunResult result = SingleRun.run(config(1, 5), (done, total, columns, row) -> seen.add(done));
        assertEquals(RunStatus.COMPLETE, result.status());
        assertNull(result.error());
        assertEquals(5, result.monthsRecorded());
        assertEquals(List.of(1, 2, 3, 4, 5), seen);
        assertEquals(result.columns().size(), result.rows()[0].length);
        assertEquals(5, result.summary().months());
    }

    @Test
    void parallelRunsGiveTheSameRowsAsSerialOnes() throws Exception {
        RunResult serial = SingleRun.run(config(3, 24), ProgressListener.NONE);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(pool.submit(() -> SingleRun.run(config(3, 24), ProgressListener.NONE)));
            }
            for (Future<RunResult> future : futures) {
                assertArrayEquals(serial.rows(), future.get().rows());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aNonFiniteValueIsANumericBlowUp() {
        NumericBlowUpException e = assertThrows(NumericBlowUpException.class,
                () -> NumericBlowUpException.check(4, List.of("month", "ai_index"), new double[] {4, Double.NaN}));
        assertEquals("numeric blow-up at month 4: ai_index = NaN", e.getMessage());
    }
}
