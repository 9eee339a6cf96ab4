package org.aibubble.sim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;

/**
 * Vertical bars with a whisker from a low to a high bound over each bar (a confidence interval that
 * need not be symmetric); the value axis stretches to show every whisker. Bounds that are NaN draw no
 * whisker.
 */
final class WhiskerBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;
    private final double[][] low;
    private final double[][] high;

    /**
     * @param low  {@code low[series][category]}
     * @param high {@code high[series][category]}
     */
    WhiskerBarRenderer(double[][] low, double[][] high) {
        this.low = low;
        this.high = high;
    }

    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
        Range range = super.findRangeBounds(dataset);
        for (double[][] bounds : new double[][][] {low, high}) {
            for (double[] row : bounds) {
                for (double v : row) {
                    if (Double.isFinite(v)) {
                        range = Range.expandToInclude(range, v);
                    }
                }
            }
        }
        return range;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
            CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        int visibleRow = state.getVisibleSeriesIndex(row);
        if (pass != getPassCount() - 1 || visibleRow < 0 || row >= low.length || column >= low[row].length
                || !Double.isFinite(low[row][column]) || !Double.isFinite(high[row][column])) {
            return;
        }
        double x = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, visibleRow, column)
                + state.getBarWidth() / 2;
        double y0 = rangeAxis.valueToJava2D(low[row][column], dataArea, plot.getRangeAxisEdge());
        double y1 = rangeAxis.valueToJava2D(high[row][column], dataArea, plot.getRangeAxisEdge());
        double cap = Math.min(8, state.getBarWidth() / 4);
        g2.setPaint(Color.BLACK);
        g2.setStroke(new BasicStroke(1.3f));
        g2.draw(new Line2D.Double(x, y0, x, y1));
        g2.draw(new Line2D.Double(x - cap, y0, x + cap, y0));
        g2.draw(new Line2D.Double(x - cap, y1, x + cap, y1));
    }
}
