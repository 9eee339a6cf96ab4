package org.aibubble.sim.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

/** Checks shared by report tests: PNGs that show something, HTML that needs nothing it does not ship. */
final class ReportAssertions {
    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]*)\"");

    private ReportAssertions() {
    }

    /** Asserts the file is a PNG of the report size whose pixels vary (not blank). */
    static void assertNonBlankPng(Path png) throws IOException {
        assertTrue(Files.isRegularFile(png), png + " written");
        BufferedImage img = ImageIO.read(png.toFile());
        assertTrue(img != null && img.getWidth() == PngCharts.WIDTH && img.getHeight() == PngCharts.HEIGHT, png + " size");
        double sum = 0;
        double sumSq = 0;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y);
                double grey = ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3.0;
                sum += grey;
                sumSq += grey * grey;
                n++;
            }
        }
        double variance = sumSq / n - (sum / n) * (sum / n);
        assertTrue(variance > 100, png + " pixel variance " + variance + " too low: blank chart");
    }

    /** Asserts every src/href of the page is a bare name of a file next to it, and nothing reaches the network. */
    static void assertSelfContained(Path html) throws IOException {
        String text = Files.readString(html);
        assertFalse(text.contains("http:") || text.contains("https:") || text.contains("//"), "no network references");
        assertFalse(text.contains("<script") || text.contains("<link"), "no scripts or external CSS");
        for (String ref : references(text)) {
            assertFalse(ref.contains("/") || ref.contains("\\"), ref + " must be a bare file name");
            assertTrue(Files.isRegularFile(html.resolveSibling(ref)), ref + " referenced but not shipped");
        }
    }

    static List<String> references(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
