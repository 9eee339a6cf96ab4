package org.aibubble.sim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.aibubble.sim.format.Mappers;
import org.aibubble.sim.format.NumberText;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYPointerAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.TextAnchor;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The scenario-discovery section of a sweep report, from its {@code prim.json}: the peeling trajectory
 * (coverage against density, the chosen box marked) and the chosen box as a table of parameter ranges.
 */
final class PrimFigures {
    /** The file read, in the sweep folder. */
    static final String FILE = "prim.json";

    private PrimFigures() {
    }

    /**
     * Adds the section to the page and writes its chart into {@code dir}.
     *
     * @param page the report
     * @param dir  the sweep folder, holding {@value #FILE}
     * @throws ReportException if the file is malformed
     */
    static void add(HtmlPage page, Path dir) {
        JsonNode prim = RunFolderInfo.readTree(dir.resolve(FILE), Mappers.json());
        page.section("Where the busts are: scenario discovery (PRIM, prim.json)");
        JsonNode box = prim.path("box");
        if (!box.isObject()) {
            page.paragraph("lead", "Nothing to discover: " + prim.path("note").asText("no box") + ".");
            return;
        }
        page.paragraph("lead", "PRIM (Friedman and Fisher 1999) peels " + percent(prim.path("peel_alpha"))
                + " of the runs at a time off the edge of the parameter space that raises the share of busts "
                + "most per run removed, down to boxes of " + percent(prim.path("mass_min")) + " of the runs. "
                + "The chosen box (step " + prim.path("chosen_step").asInt() + ", the largest harmonic mean of "
                + "coverage and density) holds " + percent(box.path("coverage")) + " of the busts (coverage); "
                + percent(box.path("density")) + " of its runs bust (density; " + percent(
                prim.path("trajectory").path(0).path("density")) + " over all runs), and it holds "
                + percent(box.path("mass")) + " of the runs (mass). "
                + (box.path("restricted").size() == 0 ? "No box beats the whole space: no parameter range "
                + "concentrates the busts." : "It narrows " + names(box.path("restricted")) + "."));
        page.cards(List.of(List.of("coverage: share of all busts in the box", percent(box.path("coverage"))),
                List.of("density: share of the box's runs that bust", percent(box.path("density"))),
                List.of("mass: share of all runs in the box", percent(box.path("mass"))),
                List.of("runs in the box", box.path("runs").asText())));
        Figure figure = new Figure("chart-prim-trajectory.png", "The peeling trajectory: each dot a box, from "
                + "the whole space (coverage 100%) to the smallest; the chosen box is marked.", trajectory(prim));
        PngCharts.write(figure.chart(), dir.resolve(figure.fileName()));
        page.figures(List.of(figure));
        page.table(List.of("parameter", "box", "whole sweep", "narrowed"), rows(prim));
    }

    private static List<List<String>> rows(JsonNode prim) {
        JsonNode chosen = prim.path("box").path("limits");
        JsonNode whole = prim.path("trajectory").path(0).path("limits");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            String box = limit(chosen.get(i));
            String all = limit(whole.path(i));
            rows.add(List.of(chosen.get(i).path("parameter").asText(), box, all, box.equals(all) ? "no" : "yes"));
        }
        return rows;
    }

    private static String limit(JsonNode l) {
        if (l.has("values")) {
            List<String> v = new ArrayList<>();
            l.get("values").forEach(n -> v.add(n.asText()));
            return String.join(", ", v);
        }
        return NumberText.display(l.path("min").asDouble()) + " to " + NumberText.display(l.path("max").asDouble());
    }

    private static JFreeChart trajectory(JsonNode prim) {
        XYSeries steps = new XYSeries("boxes", false, true);
        for (JsonNode s : prim.path("trajectory")) {
            steps.add(100 * s.path("coverage").asDouble(), 100 * s.path("density").asDouble());
        }
        XYSeries chosen = new XYSeries("chosen box", false, true);
        JsonNode box = prim.path("box");
        double cx = 100 * box.path("coverage").asDouble();
        double cy = 100 * box.path("density").asDouble();
        chosen.add(cx, cy);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(chosen);
        data.addSeries(steps);
        XYPlot plot = new XYPlot();
        NumberAxis x = new NumberAxis("coverage: % of all busts in the box");
        x.setAutoRangeIncludesZero(false);
        NumberAxis y = new NumberAxis("density: % of the box's runs that bust");
        y.setAutoRangeIncludesZero(false);
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        plot.setDataset(data);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, true);
        r.setSeriesLinesVisible(0, false);
        r.setSeriesPaint(0, ChartStyle.BUST);
        r.setSeriesShape(0, new Ellipse2D.Double(-7, -7, 14, 14));
        r.setSeriesPaint(1, ChartStyle.colour(0));
        r.setSeriesShape(1, new Ellipse2D.Double(-3, -3, 6, 6));
        r.setSeriesStroke(1, new BasicStroke(1.5f));
        plot.setRenderer(r);
        XYPointerAnnotation label = new XYPointerAnnotation("chosen box, step " + prim.path("chosen_step").asInt(),
                cx, cy, cx > 50 ? 3 * Math.PI / 4 : Math.PI / 4);
        label.setFont(ChartStyle.SMALL_FONT.deriveFont(Font.BOLD));
        label.setTextAnchor(cx > 50 ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
        label.setPaint(ChartStyle.BUST);
        label.setArrowPaint(ChartStyle.BUST);
        plot.addAnnotation(label);
        JFreeChart chart = new JFreeChart("PRIM peeling trajectory", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartStyle.apply(chart);
        plot.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static String percent(JsonNode share) {
        return RunReport.percent(share.isNumber() ? share.asDouble() : Double.NaN);
    }

    private static String names(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return String.join(", ", out);
    }
}
