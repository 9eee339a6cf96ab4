package org.aibubble.sim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.util.media.chart.HistogramSeriesAttributes;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * Line colours readable on white, readouts with units, every household group visible in the histogram, no
 * MASON Position panel.
 */
@Tag("gui")
class GuiReadabilityTest {
    @BeforeEach
    void needsDisplay() {
        GuiTestSupport.assumeDisplay();
    }

    @Test
    void linesAreReadableGroupsShowThroughAndInspectorsHaveNoPosition() throws Exception {
        try (GuiTestSupport.Session session = GuiTestSupport.playMonths(GuiConfigs.baseline(), 2)) {
            for (TimeSeriesAttributes line : session.gui().charts().lines()) {
                assertTrue(ChartPalette.contrastOnWhite(line.getStrokeColor()) >= ChartPalette.MIN_CONTRAST,
                        "line colour " + line.getStrokeColor());
            }
            TimeSeriesChartGenerator capex = session.gui().charts().charts().get(1);
            XYPlot plot = capex.getChart().getXYPlot();
            String readout = plot.getRenderer().getToolTipGenerator(0, 0).generateToolTip(plot.getDataset(), 0, 1);
            assertTrue(readout.matches("h1, month \\d+: \\$[\\d.,]+ bn / month"), readout);
            assertEquals("h1 cloud, l1's partner", String.valueOf(plot.getDataset().getSeriesKey(0)),
                    "capex lines are named from the config's hyperscalers.firms[*].name");
            assertEquals("month (0 = Jan 2026)", plot.getDomainAxis().getLabel(), "dated from run.start");
            List<HistogramSeriesAttributes> bars = session.gui().histogram().groupBars();
            assertEquals(3, bars.size(), "top, middle, bottom");
            Set<Object> colours = new HashSet<>();
            for (HistogramSeriesAttributes group : bars) {
                assertTrue(group.getFillOpacity() < 0.5, "see-through bars: " + group.getFillOpacity());
                assertEquals(1.0, group.getStrokeOpacity(), 0.0, "solid outlines");
                colours.add(group.getStrokeColor());
            }
            assertEquals(3, colours.size(), "one colour per group");
            AgentNode node = session.gui().network().agents().get(0);
            GuiTestSupport.onEdt(() -> {
                LegendedNodesPortrayal nodes = new LegendedNodesPortrayal();
                nodes.setPortrayalForAll(new NodePortrayal());
                Inspector inspector = nodes.getInspector(new LocationWrapper(node, null, nodes), session.gui());
                assertInstanceOf(AgentInspector.class, inspector, "the agent's own inspector, no Position wrapper");
            });
        }
    }
}
