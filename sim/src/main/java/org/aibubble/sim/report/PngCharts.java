package org.aibubble.sim.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;

/**
 * Renders charts to PNG files without a display: unless the JVM was told otherwise (e.g. by the GUI,
 * which sets {@code java.awt.headless=false} before opening a window), the first chart sets
 * {@code java.awt.headless=true}, so runs on servers and in CI need no X display. Every report chart
 * has the same size so the HTML lays them out evenly.
 */
public final class PngCharts {
    /** Width of every chart, in pixels. */
    public static final int WIDTH = 900;
    /** Height of every chart, in pixels. */
    public static final int HEIGHT = 420;
    private static final String HEADLESS = "java.awt.headless";

    private PngCharts() {
    }

    /**
     * @param chart the chart
     * @param file  where to write the PNG (replaced if present)
     * @throws ReportException if the file cannot be written
     */
    public static void write(JFreeChart chart, Path file) {
        if (System.getProperty(HEADLESS) == null) {
            System.setProperty(HEADLESS, "true");
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            ChartUtilities.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new ReportException("cannot write chart " + file + ": " + e.getMessage(), e);
        }
    }
}
