package org.aibubble.sim.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Scoring facts over runs: run sets, aggregates, intervals and the bootstrap. */
class ScorerTest {
    private static Fact fact(Statistic statistic, RunSet runs, Aggregate aggregate, String band) {
        return new Fact("f", "a fact", statistic, runs, aggregate, band, "test",
                new RealValue("0.5", "test", "", ""));
    }

    /** Runs whose peak unemployment is 0.05, 0.06, ..., 0.14; every other one busts. */
    private static List<RunData> runs() {
        List<RunData> runs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            double peak = 0.05 + 0.01 * i;
            boolean bust = i % 2 == 0;
            runs.add(RunStatisticsTest.run(40, t -> bust && t > 5 ? 50 : 100 + t, t -> 100, t -> 100, t -> 100,
                    t -> t == 20 ? peak : 0.05, t -> 0.02, t -> 0.04, t -> 0.03, t -> 100, t -> 10, t -> 0));
        }
        return runs;
    }

    @Test
    void perRunAggregatesOverTheirRunSetWithTheSpreadOverRuns() {
        FactScore median = Scorer.score(fact(Statistic.PEAK_UNEMPLOYMENT, RunSet.ALL, Aggregate.MEDIAN, "<= 0.1"), runs());
        assertEquals(10, median.runs());
        assertEquals(0.095, median.value(), 1e-12);
        assertEquals(0.0545, median.low(), 1e-12);
        assertEquals(0.1355, median.high(), 1e-12);
        assertTrue(median.pass());
        FactScore busts = Scorer.score(fact(Statistic.PEAK_UNEMPLOYMENT, RunSet.BUSTS, Aggregate.MAX, "<= 0.1"), runs());
        assertEquals(5, busts.runs());
        assertEquals(0.13, busts.value(), 1e-12);
        assertFalse(busts.pass());
        FactScore calm = Scorer.score(fact(Statistic.PEAK_UNEMPLOYMENT, RunSet.CALM, Aggregate.MIN, "<= 0.1"), runs());
        assertEquals(0.06, calm.value(), 1e-12);
    }

    @Test
    void aPooledShareHasADeterministicBootstrapIntervalAroundIt() {
        Fact share = fact(Statistic.BUST, RunSet.ALL, Aggregate.POOLED, "[0.1, 0.9]");
        FactScore a = Scorer.score(share, runs());
        assertEquals(0.5, a.value(), 1e-12);
        assertEquals("bootstrap", a.interval());
        assertEquals(Scorer.BOOTSTRAP_REPLICATES, a.draws().size());
        assertTrue(a.low() < 0.5 && a.high() > 0.5 && a.low() >= 0.1 && a.high() <= 0.9, a.low() + " " + a.high());
        assertEquals(a, Scorer.score(share, runs()));
    }

    @Test
    void aFactWithoutRunsHasNoValueAndFails() {
        List<RunData> calmOnly = runs().stream().filter(r -> !r.busts()).toList();
        FactScore none = Scorer.score(fact(Statistic.AI_DRAWDOWN, RunSet.BUSTS, Aggregate.MEDIAN, ">= 0"), calmOnly);
        assertEquals(0, none.runs());
        assertTrue(Double.isNaN(none.value()));
        assertFalse(none.pass());
    }
}
