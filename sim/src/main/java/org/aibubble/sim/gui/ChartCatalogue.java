package org.aibubble.sim.gui;

import java.util.ArrayList;
import java.util.List;

/**
 * The time-series charts the GUI shows: the bubble, the arms race, the compute glut, private credit,
 * the Fed, the labour market and the K. Lines are resolved against the columns the economy records
 * ({@link ChartSpec#linesFor}); a line whose column is not recorded is an error, not an empty line.
 */
public final class ChartCatalogue {
    private static final String CAPEX_PREFIX = "capex_";
    private static final String CAPEX_TOTAL = "capex_total";

    private ChartCatalogue() {
    }

    /** @return the chart specifications, in window order */
    public static List<ChartSpec> standard() {
        return List.of(bubble(), capex(), compute(), privateCredit(), fedAndRates(), labour(), theK());
    }

    private static ChartSpec bubble() {
        return new ChartSpec("AI bubble: equity indices and valuation", "index (start = 100); P/E", List.of(
                line("ai_index", "AI equity index"),
                line("broad_index", "broad index"),
                line("valuation_ratio", "valuation (P/E)")));
    }

    private static ChartSpec capex() {
        return new ChartSpec("Arms race: capex per hyperscaler", "USD bn / month", List.of(),
                CAPEX_PREFIX, List.of(CAPEX_TOTAL));
    }

    private static ChartSpec compute() {
        return new ChartSpec("Compute glut: price, AI revenue and the gap", "index (month 0 = 100); USD bn / month",
                List.of(new SeriesSpec("compute_price", "compute price (month 0 = 100)", SeriesScale.INDEX_TO_START),
                line("ai_revenue", "AI revenue (USD bn / month)"),
                line("revenue_gap", "revenue gap (USD bn / month)")));
    }

    private static ChartSpec privateCredit() {
        return new ChartSpec("Private credit: NAV and redemptions", "USD bn", List.of(
                line("pc_nav", "NAV"),
                line("pc_redemption_requested", "redemptions requested"),
                line("pc_redemption_paid", "redemptions paid"),
                line("pc_redemption_queued", "redemptions queued")));
    }

    private static ChartSpec fedAndRates() {
        return new ChartSpec("The Fed: rates, balance sheet and tier", "% ; USD tn ; tier 0-3", List.of(
                new SeriesSpec("policy_rate", "policy rate (%)", SeriesScale.PERCENT),
                new SeriesSpec("yield_10y", "10-year yield (%)", SeriesScale.PERCENT),
                new SeriesSpec("fed_assets", "Fed assets (USD tn)", SeriesScale.TRILLIONS),
                line("fed_tier", "Fed tier")));
    }

    private static ChartSpec labour() {
        return new ChartSpec("Labour and prices", "%", List.of(
                new SeriesSpec("unemployment", "unemployment", SeriesScale.PERCENT),
                new SeriesSpec("inflation", "inflation", SeriesScale.PERCENT)));
    }

    private static ChartSpec theK() {
        List<SeriesSpec> lines = new ArrayList<>();
        for (String group : List.of("top", "middle", "bottom")) {
            lines.add(new SeriesSpec("consumption_" + group, "consumption " + group, SeriesScale.INDEX_TO_START));
        }
        List<String> wealth = List.of("wealth_top", "wealth_middle", "wealth_bottom");
        for (String group : List.of("top", "middle", "bottom")) {
            lines.add(new SeriesSpec("wealth_" + group, "wealth share " + group + " (%)",
                    SeriesScale.SHARE_OF_SUM, wealth));
        }
        return new ChartSpec("The K: consumption by group and shares of wealth",
                "consumption (month 0 = 100); wealth share (%)", lines);
    }

    private static SeriesSpec line(String column, String label) {
        return new SeriesSpec(column, label, SeriesScale.AS_RECORDED);
    }
}
