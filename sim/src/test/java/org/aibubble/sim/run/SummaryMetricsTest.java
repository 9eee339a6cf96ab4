package org.aibubble.sim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class SummaryMetricsTest {
    private static final double EPS = 1e-12;

    /** Builds rows from columns given as arrays of equal length. */
    private static double[][] rows(double[]... columns) {
        double[][] rows = new double[columns[0].length][columns.length];
        for (int c = 0; c < columns.length; c++) {
            for (int t = 0; t < columns[c].length; t++) {
                rows[t][c] = columns[c][t];
            }
        }
        return rows;
    }

    @Test
    void boomAndBustAreMeasuredFromTheAiIndex() {
        double[] ai = {100, 150, 200, 180, 140, 120, 110, 130, 90, 100};
        Summary s = SummaryMetrics.compute(List.of("ai_index"), rows(ai));
        assertEquals(10, s.months());
        assertEquals(2, s.peakMonth());
        assertEquals(1.0, s.runUp(), EPS);
        // drawdowns: month 4 = 0.30, 5 = 0.40, 6 = 0.45, 7 = 0.35: the first month of three at >= 1/3 is 5
        assertEquals(5, s.bustMonth());
        assertEquals(0.55, s.maxDrawdown(), EPS);
        assertEquals(8, s.troughMonth());
    }

    @Test
    void aShortDipIsNotABust() {
        double[] ai = {100, 200, 140, 145, 190, 210, 150, 205};
        Summary s = SummaryMetrics.compute(List.of("ai_index"), rows(ai));
        assertNull(s.bustMonth());
        assertEquals(5, s.peakMonth());
        assertEquals(0.3, s.maxDrawdown(), EPS);
        assertEquals(6, s.troughMonth());
    }

    @Test
    void aBustRunningToTheEndOfTheRunCounts() {
        double[] ai = {100, 120, 130, 125, 80, 75};
        assertEquals(4, SummaryMetrics.compute(List.of("ai_index"), rows(ai)).bustMonth());
    }

    @Test
    void thePeakIsTakenBeforeTheBust() {
        double[] ai = {100, 200, 130, 120, 110, 300};
        Summary s = SummaryMetrics.compute(List.of("ai_index"), rows(ai));
        assertEquals(2, s.bustMonth());
        assertEquals(1, s.peakMonth());
        assertEquals(1.0, s.runUp(), EPS);
    }

    @Test
    void capexCutIsFromThePeakToTheLowestLaterMonth() {
        double[] ai = {1, 1, 1, 1, 1};
        double[] capex = {100, 200, 130, 150, 160};
        Summary s = SummaryMetrics.compute(List.of("ai_index", "capex_total"), rows(ai, capex));
        assertEquals(0.35, s.capexCut(), EPS);
        double[] rising = {100, 110, 120, 130, 140};
        assertEquals(0.0, SummaryMetrics.compute(List.of("ai_index", "capex_total"), rows(ai, rising)).capexCut());
        double[] cutThenRegrown = {100, 40, 60, 150, 300};
        assertEquals(0.6, SummaryMetrics.compute(List.of("ai_index", "capex_total"), rows(ai, cutThenRegrown)).capexCut(),
                EPS, "a cut in a bust counts even when capex later passes its old peak");
    }

    @Test
    void macroExtremesSumsAndCounts() {
        double[] ai = {1, 1, 1, 1};
        Summary s = SummaryMetrics.compute(
                List.of("ai_index", "unemployment", "policy_rate", "qe_flow", "pc_gated_funds", "ledger_error"),
                rows(ai, new double[] {0.04, 0.07, 0.05, 0.06}, new double[] {0.04, 0.02, 0.0025, 0.01},
                        new double[] {0, 40, 80, 0}, new double[] {0, 1, 2, 0}, new double[] {1e-12, -3e-9, 0, 0}));
        assertEquals(0.07, s.maxUnemployment(), EPS);
        assertEquals(0.0025, s.minPolicyRate(), EPS);
        assertEquals(120.0, s.qeTotal(), EPS);
        assertEquals(2, s.gatedMonths());
        assertEquals(3e-9, s.ledgerMaxError(), EPS);
    }

    @Test
    void kGapIsPositiveWhenTheBottomFellFurtherAtTheTrough() {
        double[] ai = {100, 200, 100, 150};
        double[] top = {10, 11, 9, 10};
        double[] bottom = {20, 20, 15, 18};
        Summary s = SummaryMetrics.compute(List.of("ai_index", "consumption_top", "consumption_bottom"),
                rows(ai, top, bottom));
        assertEquals(2, s.troughMonth());
        // from the peak (month 1) to the trough (month 2)
        assertEquals((9.0 / 11 - 1) - (15.0 / 20 - 1), s.kGapAtTrough(), EPS);
    }

    @Test
    void missingColumnsGiveNulls() {
        Summary s = SummaryMetrics.compute(List.of("month"), rows(new double[] {0, 1, 2}));
        assertEquals(3, s.months());
        assertNull(s.runUp());
        assertNull(s.peakMonth());
        assertNull(s.maxDrawdown());
        assertNull(s.capexCut());
        assertNull(s.qeTotal());
        assertNull(s.gatedMonths());
        assertNull(s.kGapAtTrough());
        assertNull(s.ledgerMaxError());
    }

    @Test
    void anEmptySeriesGivesNulls() {
        Summary s = SummaryMetrics.compute(List.of("ai_index"), new double[0][]);
        assertEquals(0, s.months());
        assertNull(s.peakMonth());
    }
}
