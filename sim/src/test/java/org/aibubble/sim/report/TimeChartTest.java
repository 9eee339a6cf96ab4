package org.aibubble.sim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class TimeChartTest {
    private static final double[] MONTHS = {0, 1, 2, 3};

    @Test
    void aFlatZeroLineGetsAReadableAxis() {
        JFreeChart chart = new TimeChart("t", "% per year").line("rate", MONTHS, new double[] {3, 3.5, 4, 3})
                .rightLine("USD bn", "qe", MONTHS, new double[] {0, 0, 0, 0}).build();
        XYPlot plot = chart.getXYPlot();
        assertTrue(plot.getRangeAxis(1).getRange().getLength() >= 1, "not an axis of +-5e-9: "
                + plot.getRangeAxis(1).getRange());
        assertEquals(1.0, plot.getRangeAxis(1).getRange().getLength(), 0.2);
        assertTrue(plot.getRangeAxis(0).getRange().contains(3) && plot.getRangeAxis(0).getRange().contains(4));
    }

    @Test
    void aFlatLineElsewhereSpansATenthOfItsValue() {
        JFreeChart chart = new TimeChart("t", "%").line("u", MONTHS, new double[] {5, 5, 5, 5}).build();
        assertTrue(chart.getXYPlot().getRangeAxis(0).getRange().getLength() >= 0.5);
    }
}
