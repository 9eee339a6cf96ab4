package org.aibubble.sim.report;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Plot;

/** The one look of every report chart: white background, light grid, a colour-blind-safe palette. */
final class ChartStyle {
    /** Okabe-Ito colours, safe for colour-blind readers, in the order lines take them. */
    static final List<Color> PALETTE = List.of(
            new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115), new Color(204, 121, 167),
            new Color(230, 159, 0), new Color(86, 180, 233), new Color(0, 0, 0), new Color(240, 228, 66));
    static final Font SMALL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Color BUST = new Color(220, 50, 32);
    static final Color GRID = new Color(215, 215, 215);
    /** Shades of the Fed's tiers 1 (mild), 2 (moderate), 3 (severe). */
    static final List<Color> TIERS = List.of(new Color(255, 230, 150), new Color(255, 180, 90), new Color(230, 90, 60));

    private ChartStyle() {
    }

    static Color colour(int index) {
        return PALETTE.get(index % PALETTE.size());
    }

    static void apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof org.jfree.chart.plot.XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
        } else if (plot instanceof org.jfree.chart.plot.CategoryPlot cat) {
            cat.setRangeGridlinePaint(GRID);
        }
    }
}
