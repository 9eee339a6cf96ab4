package org.aibubble.sim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChartSpecTest {
    private static final List<String> COLUMNS = List.of("month", "ai_index", "capex_total", "capex_h1", "capex_h2");

    @Test
    void prefixLinesPickUpEveryHyperscalerButNotTheTotal() {
        ChartSpec capex = new ChartSpec("capex", "USD bn", List.of(), "capex_", List.of("capex_total"));
        List<SeriesSpec> lines = capex.linesFor(COLUMNS);
        assertEquals(List.of("capex_h1", "capex_h2"), lines.stream().map(SeriesSpec::column).toList());
        assertEquals(List.of("h1", "h2"), lines.stream().map(SeriesSpec::label).toList());
    }

    @Test
    void aLineOnAnUnrecordedColumnIsAnErrorNamingIt() {
        ChartSpec chart = new ChartSpec("rates", "%", List.of(new SeriesSpec("policy_rate", "policy", SeriesScale.PERCENT)));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> chart.linesFor(COLUMNS));
        assertTrue(error.getMessage().contains("policy_rate"), error.getMessage());
    }

    @Test
    void everyStandardChartFindsItsColumnsInTheSeriesTheEconomyRecords() {
        List<String> recorded = GuiConfigs.seriesColumns();
        for (ChartSpec chart : ChartCatalogue.standard()) {
            assertTrue(!chart.linesFor(recorded).isEmpty(), chart.title());
        }
    }

    @Test
    void aShareOfASumNeedsEveryColumnOfTheSum() {
        ChartSpec chart = new ChartSpec("k", "%", List.of(new SeriesSpec("capex_h1", "h1 share",
                SeriesScale.SHARE_OF_SUM, List.of("capex_h1", "capex_h3"))));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> chart.linesFor(COLUMNS));
        assertTrue(error.getMessage().contains("capex_h3"), error.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new SeriesSpec("capex_h1", "h1", SeriesScale.SHARE_OF_SUM), "a share needs its sum");
        assertThrows(IllegalArgumentException.class,
                () -> new SeriesSpec("capex_h1", "h1", SeriesScale.PERCENT, List.of("capex_h2")), "only a share has a sum");
    }

    @Test
    void scalesConvertUnitsAndIndexToTheFirstMonth() {
        assertEquals(25.0, SeriesScale.SHARE_OF_SUM.apply(10, 40), 1e-12);
        assertEquals(4.25, SeriesScale.PERCENT.apply(0.0425, 0), 1e-12);
        assertEquals(6.5, SeriesScale.TRILLIONS.apply(6500, 0), 1e-12);
        assertEquals(80.0, SeriesScale.INDEX_TO_START.apply(40, 50), 1e-12);
        assertTrue(Double.isNaN(SeriesScale.INDEX_TO_START.apply(40, 0)));
        assertEquals(3.0, SeriesScale.AS_RECORDED.apply(3.0, 7.0));
    }
}
