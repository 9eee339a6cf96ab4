package org.aibubble.sim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * The charts of one run's report, drawn from its {@code series.csv} and {@code summary.json}: the
 * story of the boom and the bust in eight pictures. A series the table lacks is left out of its chart
 * and listed by {@link #missingColumns()} so the report can say so; a chart with no series at all is
 * left out.
 */
public final class RunCharts {
    private static final String MONTH = "month";
    private static final List<String> TIER_NAMES = List.of("mild", "moderate", "severe");
    /** Tier bands shorter than this many months are shaded but not labelled, so labels do not overlap. */
    private static final int MIN_LABELLED_BAND = 6;

    private final SeriesTable series;
    private final double[] months;
    private final Optional<BustWindow> bust;
    private final TreeSet<String> missing = new TreeSet<>();

    /**
     * @param series  the run's monthly series (must have a {@code month} column)
     * @param summary the run's summary metrics ({@code bust_month} decides the shaded bust)
     */
    public RunCharts(SeriesTable series, SummaryFile summary) {
        this.series = series;
        this.months = series.column(MONTH);
        OptionalDouble bustMonth = summary.number("bust_month");
        Optional<Double> b = bustMonth.isPresent() ? Optional.of(bustMonth.getAsDouble()) : Optional.empty();
        Optional<BustWindow> window = series.has("ai_index") ? BustWindow.of(months, series.column("ai_index"), b)
                : Optional.empty();
        OptionalDouble trough = summary.number("trough_month");
        this.bust = window.map(w -> trough.isPresent() && trough.getAsDouble() >= w.from()
                ? new BustWindow(w.from(), trough.getAsDouble()) : w);
    }

    /** @return the figures, in the order the report shows them */
    public List<Figure> figures() {
        List<Figure> out = new ArrayList<>();
        add(out, "chart-ai-index.png", "The AI equity index against the broad market; the bust is shaded from "
                + "the bust month to the trough.", indices());
        add(out, "chart-capex.png", "Monthly capex of each hyperscaler (left) and in total (right): the arms race "
                + "and the cut.", capex());
        add(out, "chart-compute-price-revenue.png", "The price of compute against the revenue AI earns: "
                + "efficiency outruns demand.", computeAndRevenue());
        add(out, "chart-private-credit.png", "Private-credit redemptions requested, paid and queued behind the "
                + "gates; gated funds on the right.", privateCredit());
        add(out, "chart-policy.png", "The policy rate and 10-year yield, QE purchases on the right; background "
                + "shade is the Fed's tier (light mild, orange moderate, red severe).", policy());
        add(out, "chart-unemployment.png", "Unemployment and inflation.", unemployment());
        add(out, "chart-consumption.png", "Consumption of each household group: the K.", consumption());
        add(out, "chart-ledger-error.png", "The largest stock-flow error found by the books check each month "
                + "(should stay at rounding level).", ledger());
        return out;
    }

    /** @return the series columns some chart wanted but the table lacks, sorted */
    public List<String> missingColumns() {
        return List.copyOf(missing);
    }

    private void add(List<Figure> out, String file, String caption, TimeChart chart) {
        if (chart.hasLines()) {
            out.add(new Figure(file, caption, chart.build()));
        }
    }

    private TimeChart indices() {
        TimeChart c = withBust(new TimeChart("AI equity index and broad index", "index level"));
        left(c, "ai_index", "AI index");
        left(c, "broad_index", "broad index");
        return c;
    }

    private TimeChart capex() {
        TimeChart c = withBust(new TimeChart("Capex by hyperscaler", "USD billions per month"));
        List<String> firms = series.columnsStartingWith("capex_", "capex_total");
        if (firms.isEmpty()) {
            missing.add("capex_<id>");
        }
        for (String col : firms) {
            left(c, col, col.substring("capex_".length()));
        }
        right(c, "total, USD billions per month", "capex_total", "total");
        return c;
    }

    private TimeChart computeAndRevenue() {
        TimeChart c = withBust(new TimeChart("Compute price vs AI revenue", "price of compute (per unit)"));
        left(c, "compute_price", "compute price");
        right(c, "AI revenue, USD billions per month", "ai_revenue", "AI revenue");
        return c;
    }

    private TimeChart privateCredit() {
        TimeChart c = withBust(new TimeChart("Private-credit redemptions", "USD billions"));
        left(c, "pc_redemption_requested", "requested");
        left(c, "pc_redemption_paid", "paid");
        left(c, "pc_redemption_queued", "queued");
        right(c, "gated funds", "pc_gated_funds", "gated funds");
        return c;
    }

    private TimeChart policy() {
        TimeChart c = new TimeChart("Policy rate, Fed tier and QE", "% per year");
        leftPercent(c, "policy_rate", "policy rate");
        leftPercent(c, "yield_10y", "10-year yield");
        right(c, "QE purchases, USD billions per month", "qe_flow", "QE flow");
        if (series.has("fed_tier")) {
            tierBands(c, series.column("fed_tier"));
        } else {
            missing.add("fed_tier");
        }
        return c;
    }

    private TimeChart unemployment() {
        TimeChart c = withBust(new TimeChart("Unemployment and inflation", "%"));
        leftPercent(c, "unemployment", "unemployment (% of labour force)");
        leftPercent(c, "inflation", "inflation (% per year)");
        return c;
    }

    private TimeChart consumption() {
        TimeChart c = withBust(new TimeChart("Consumption by household group", "USD billions per month"));
        left(c, "consumption_top", "top 20%");
        left(c, "consumption_middle", "middle 20%");
        left(c, "consumption_bottom", "bottom 60%");
        return c;
    }

    private TimeChart ledger() {
        TimeChart c = new TimeChart("Ledger check", "largest error, USD billions");
        left(c, "ledger_error", "ledger error");
        return c;
    }

    private TimeChart withBust(TimeChart c) {
        bust.ifPresent(w -> c.band(w.from(), w.to(), ChartStyle.BUST, "bust"));
        return c;
    }

    private void left(TimeChart c, String column, String label) {
        if (series.has(column)) {
            c.line(label, months, series.column(column));
        } else {
            missing.add(column);
        }
    }

    /** Adds a share or rate column on the left axis, shown in percent. */
    private void leftPercent(TimeChart c, String column, String label) {
        if (series.has(column)) {
            double[] v = series.column(column);
            for (int i = 0; i < v.length; i++) {
                v[i] *= 100;
            }
            c.line(label, months, v);
        } else {
            missing.add(column);
        }
    }

    private void right(TimeChart c, String axis, String column, String label) {
        if (series.has(column)) {
            c.rightLine(axis, label, months, series.column(column));
        } else {
            missing.add(column);
        }
    }

    private void tierBands(TimeChart c, double[] tier) {
        int start = 0;
        for (int i = 1; i <= tier.length; i++) {
            if (i == tier.length || tier[i] != tier[start]) {
                int t = (int) tier[start];
                if (t >= 1 && t <= TIER_NAMES.size()) {
                    boolean wide = i - start >= MIN_LABELLED_BAND;
                    c.band(months[start] - 0.5, months[i - 1] + 0.5, ChartStyle.TIERS.get(t - 1),
                            wide ? TIER_NAMES.get(t - 1) : "");
                }
                start = i;
            }
        }
    }
}
