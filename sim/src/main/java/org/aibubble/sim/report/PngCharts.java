package org.aibubble.sim.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;

/**
 * Renders charts to PNG files without a display ({@code java.awt.headless=true}). Every report
 * chart has the same size so the HTML lays them out evenly.
 */
public final class PngCharts {
    /** Width of every chart, in pixels. */
    public static final int WIDTH = 900;
    /** Height of every chart, in pixels. */
    public static final int HEIGHT = 420;

    private PngCharts() {
    }

    /**
     * @param chart the chart
     * @param file  where to write the PNG (replaced if present)
     * @throws ReportException if the file cannot be written
     */
    public static void write(JFreeChart chart, Path file) {
        System.setProperty("java.awt.headless", "true");
        try (OutputStream out = Files.newOutputStream(file)) {
            ChartUtilities.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new ReportException("cannot write chart " + file + ": " + e.getMessage(), e);
        }
    }
}
