package org.aibubble.sim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** A chart point's readout: label, month and the value with its unit, not JFreeChart's raw pair. */
class ChartReadoutTest {
    @Test
    void eachScaleShowsItsUnit() {
        assertEquals("$4,964 bn / month", ChartReadout.value(
                new SeriesSpec("capex_h1", "h1", SeriesScale.AS_RECORDED), 4963.557673988188));
        assertEquals("$612.3 bn", ChartReadout.value(new SeriesSpec("pc_nav", "NAV", SeriesScale.AS_RECORDED), 612.34));
        assertEquals("0.125%", ChartReadout.value(new SeriesSpec("policy_rate", "policy rate (%)", SeriesScale.PERCENT),
                0.125));
        assertEquals("$13.43 tn", ChartReadout.value(new SeriesSpec("fed_assets", "Fed assets", SeriesScale.TRILLIONS),
                13.4321));
        assertEquals("101.2", ChartReadout.value(new SeriesSpec("compute_price", "compute price",
                SeriesScale.INDEX_TO_START), 101.23456));
        assertEquals("85.12%", ChartReadout.value(new SeriesSpec("wealth_top", "wealth share top (%)",
                SeriesScale.SHARE_OF_SUM, List.of("wealth_top", "wealth_bottom")), 85.123));
        assertEquals("2", ChartReadout.value(new SeriesSpec("lab_failures", "lab failures", SeriesScale.AS_RECORDED), 2));
    }

    @Test
    void theReadoutNamesTheLineAndTheMonth() {
        XYSeries h1 = new XYSeries("h1");
        h1.add(57, 41.968123);
        XYSeries rate = new XYSeries("policy rate (%)");
        rate.add(12, 3.625);
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(h1);
        data.addSeries(rate);
        ChartReadout readout = new ChartReadout(List.of(new SeriesSpec("capex_h1", "h1", SeriesScale.AS_RECORDED),
                new SeriesSpec("policy_rate", "policy rate (%)", SeriesScale.PERCENT)));
        assertEquals("h1, month 57: $41.97 bn / month", readout.generateToolTip(data, 0, 0));
        assertEquals("policy rate (%), month 12: 3.625%", readout.generateToolTip(data, 1, 0));
    }
}
