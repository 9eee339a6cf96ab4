package org.aibubble.agents.economy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data dictionary of the monthly series: every column of {@code series.csv} in order, with its unit, what it
 * measures and the docs/MODEL.md section that defines it. {@link Indicators} takes its column order from here, so
 * a column cannot be added without its entry. The per-hyperscaler capex columns, {@code capex_<id>}, follow
 * {@code capex_total}.
 */
public final class SeriesColumns {
    /** The prefix of the per-hyperscaler capex columns. */
    public static final String CAPEX_PREFIX = "capex_";
    private static final String CAPEX_TOTAL = "capex_total";
    private static final String USD_BN_MONTH = "USD billions per month";
    private static final String USD_BN = "USD billions";
    private static final String RATE = "share per year (0.0425 = 4.25%)";
    private static final Map<String, SeriesColumn> FIXED = new LinkedHashMap<>();

    static {
        add("month", "month", "tick; 0 is the start month (run.start)", "1");
        add("ai_index", "index, 100 in the opening books", "AI equity index: the hyperscalers and the chip vendor", "6");
        add("broad_index", "index, 100 in the opening books", "broad equity index: the AI index's firms and other firms", "6");
        add("valuation_ratio", "ratio", "listed market value over average yearly earnings (Shiller-style)", "6");
        add("trend_follower_share", "share", "share of investing households following the trend rule", "6");
        add(CAPEX_TOTAL, USD_BN_MONTH, "hyperscaler capex spent (GPUs delivered and shell instalments paid)", "4");
        add("compute_capacity", "compute units", "hyperscalers' live compute capacity", "5");
        add("compute_price", "USD billions per compute unit-month", "price of compute", "5");
        add("ai_revenue", USD_BN_MONTH, "AI end revenue", "5");
        add("revenue_gap", USD_BN_MONTH, "4 x GPU spending (the revenue the capex needs) less AI end revenue", "5");
        add("lab_cash_total", USD_BN, "model labs' cash (each lab's, floored at 0)", "5");
        add("lab_failures", "count", "labs failed so far", "5");
        add("pc_nav", USD_BN, "private-credit funds' net asset value", "8");
        add("pc_redemption_requested", USD_BN, "redemptions requested this month (at quarter ends)", "8");
        add("pc_redemption_paid", USD_BN, "redemptions paid this month", "8");
        add("pc_redemption_queued", USD_BN, "redemptions queued behind the gates", "8");
        add("pc_gated_funds", "count", "funds whose gate binds", "8");
        add("loan_defaults", USD_BN, "private-credit loans written off this month", "8");
        add("default_rate", RATE, "loan defaults this month x 12 over the funds' loans", "8");
        add("credit_spread", RATE, "debt-weighted average bond spread of the hyperscalers", "6");
        add("policy_rate", RATE, "the Fed's policy rate", "9");
        add("yield_10y", RATE, "10-year Treasury yield", "6");
        add("term_premium", RATE, "term premium of the 10-year yield", "6");
        add("fed_assets", USD_BN, "the Fed's balance sheet", "9");
        add("qe_flow", USD_BN_MONTH, "QE purchases this month", "9");
        add("fed_tier", "0 none, 1 mild, 2 moderate, 3 severe", "the Fed's response tier", "9");
        add("output", "USD billions per month at starting prices",
                "real output: (consumption + government purchases + investment) / price level", "7");
        add("investment_total", USD_BN_MONTH, "nominal investment: hyperscaler capex and other firms'", "7");
        add("consumption_total", USD_BN_MONTH, "nominal household consumption", "3");
        add("unemployment", "share of the labour force", "unemployment rate", "3");
        add("inflation", "share per year", "year-on-year change of the price level", "7");
        for (String g : List.of("top", "middle", "bottom")) {
            add("consumption_" + g, USD_BN_MONTH, "nominal consumption of the " + g + " group", "3");
        }
        for (String g : List.of("top", "middle", "bottom")) {
            add("wealth_" + g, USD_BN, "wealth of the " + g + " group: deposits - card debt + portfolio", "3");
        }
        for (String g : List.of("top", "middle", "bottom")) {
            add("income_" + g, USD_BN_MONTH, "disposable income of the " + g + " group (wages or benefits, transfers,"
                    + " less taxes, plus dividends, interest and talent pay)", "3");
        }
        add("delinquency_rate", "share", "share of card debt delinquent", "3");
        add("ledger_error", USD_BN, "largest imbalance found by the month's book check (0 when the books balance)", "2");
        add("ai_adoption", "share", "deep AI adoption (the S-curve)", "5");
        add("stress_index", "index (0 calm, about 1 a crisis)", "the Fed's smoothed financial-stress index", "9");
        add("gpu_writedowns", USD_BN_MONTH, "GPU book value written down at the end of its economic life", "4");
        add("hyperscaler_debt", USD_BN, "hyperscalers' bonds and private-credit loans", "4");
        add("lab_rounds", "count", "funding rounds labs have raised so far", "5");
        add("price_level", "index, 1 in the opening books", "price level of other firms' output", "7");
        add("broad_news_return", "log return per month",
                "the part of the broad index's log return that the equity news made", "6");
        add("broad_noise_return", "log return per month",
                "the part of the broad index's log return that all the market's exogenous draws made", "6");
        add("employment_target", "share of the labour force", "the employment other firms want this month", "7");
    }

    private SeriesColumns() {
    }

    private static void add(String name, String unit, String description, String section) {
        FIXED.put(name, new SeriesColumn(name, unit, description, section));
    }

    /**
     * @param hyperscalerIds the hyperscalers' ids, in config order
     * @return every column, in the order of {@code series.csv}
     */
    public static List<SeriesColumn> of(List<String> hyperscalerIds) {
        List<SeriesColumn> out = new ArrayList<>();
        for (SeriesColumn c : FIXED.values()) {
            out.add(c);
            if (c.name().equals(CAPEX_TOTAL)) {
                for (String id : hyperscalerIds) {
                    out.add(capex(id));
                }
            }
        }
        return out;
    }

    /**
     * @param name a column name
     * @return its entry
     * @throws IllegalArgumentException for a name that is not a series column
     */
    public static SeriesColumn describe(String name) {
        SeriesColumn c = FIXED.get(name);
        if (c != null) {
            return c;
        }
        if (name.startsWith(CAPEX_PREFIX) && name.length() > CAPEX_PREFIX.length()) {
            return capex(name.substring(CAPEX_PREFIX.length()));
        }
        throw new IllegalArgumentException("not a series column: " + name);
    }

    private static SeriesColumn capex(String id) {
        return new SeriesColumn(CAPEX_PREFIX + id, USD_BN_MONTH, "capex spent by hyperscaler " + id, "4");
    }
}
