package org.aibubble.sim.report;

import java.awt.Color;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * The charts of one run's report, drawn from its {@code series.csv} and {@code summary.json}: the
 * story of the boom and the bust in eight pictures, on a calendar time axis from {@code run.start}, with
 * dashed markers at the AI peak and trough (from the summary), lab failures, the first private-credit gate
 * and each start of QE (from the series), each on the charts it belongs to. A series the table lacks is left out of its chart
 * and listed by {@link #missingColumns()} so the report can say so; a chart with no series at all is
 * left out.
 */
public final class RunCharts {
    private static final String MONTH = "month";
    private static final List<String> TIER_NAMES = List.of("mild", "moderate", "severe");
    /** Tier bands shorter than this many months are shaded but not labelled, so labels do not overlap. */
    private static final int MIN_LABELLED_BAND = 6;

    /** What an event marker marks, and its colour. */
    enum Event {
        /** The AI index's peak ({@code summary.json peak_month}). */
        PEAK("AI peak", new Color(0, 130, 95)),
        /** Its trough after the peak ({@code summary.json trough_month}). */
        TROUGH("trough", new Color(190, 60, 0)),
        /** A month in which {@code lab_failures} rose. */
        LAB_FAILURE("lab fails", new Color(150, 60, 130)),
        /** The first month with {@code pc_gated_funds > 0}. */
        FIRST_GATE("first gate", new Color(200, 120, 0)),
        /** A month in which {@code qe_flow} turned positive. */
        QE_START("QE", new Color(0, 90, 160));

        final String label;
        final Color color;

        Event(String label, Color color) {
            this.label = label;
            this.color = color;
        }
    }

    /** One marker: what and when. */
    record Marker(Event event, double month, String label) {
    }

    private final SeriesTable series;
    private final double[] months;
    private final YearMonth start;
    private final List<Marker> markers;
    private final Optional<BustWindow> bust;
    private final TreeSet<String> missing = new TreeSet<>();
    private final Map<String, String> firmLabels;

    /**
     * @param series  the run's monthly series (must have a {@code month} column)
     * @param summary the run's summary metrics ({@code bust_month} decides the shaded bust)
     */
    public RunCharts(SeriesTable series, SummaryFile summary) {
        this(series, summary, null);
    }

    /**
     * @param series  the run's monthly series (must have a {@code month} column)
     * @param summary the run's summary metrics ({@code bust_month} decides the shaded bust, {@code peak_month}
     *                and {@code trough_month} the markers of the peak and the trough)
     * @param start   the calendar month of month 0 ({@code run.start}), or null for plain month numbers
     */
    public RunCharts(SeriesTable series, SummaryFile summary, YearMonth start) {
        this(series, summary, start, Map.of());
    }

    /**
     * @param series     the run's monthly series (must have a {@code month} column)
     * @param summary    the run's summary metrics
     * @param start      the calendar month of month 0 ({@code run.start}), or null for plain month numbers
     * @param firmLabels hyperscaler id to its legend label ({@link RunFolderInfo#firmLabels}); an id without one is
     *                   shown as it is
     */
    public RunCharts(SeriesTable series, SummaryFile summary, YearMonth start, Map<String, String> firmLabels) {
        this.firmLabels = Map.copyOf(firmLabels);
        this.series = series;
        this.months = series.column(MONTH);
        this.start = start;
        this.markers = markers(series, months, summary);
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
        TimeChart c = mark(withBust(new TimeChart("AI equity index and broad index", "index level")), Event.values());
        left(c, "ai_index", "AI index");
        left(c, "broad_index", "broad index");
        return c;
    }

    private TimeChart capex() {
        TimeChart c = mark(withBust(new TimeChart("Capex by hyperscaler", "USD billions per month")), Event.PEAK,
                Event.TROUGH);
        List<String> firms = series.columnsStartingWith("capex_", "capex_total");
        if (firms.isEmpty()) {
            missing.add("capex_<id>");
        }
        for (String col : firms) {
            String id = col.substring("capex_".length());
            left(c, col, firmLabels.getOrDefault(id, id));
        }
        right(c, "total, USD billions per month", "capex_total", "total");
        return c;
    }

    private TimeChart computeAndRevenue() {
        TimeChart c = mark(withBust(new TimeChart("Compute price vs AI revenue", "price of compute (per unit)")),
                Event.LAB_FAILURE);
        left(c, "compute_price", "compute price");
        right(c, "AI revenue, USD billions per month", "ai_revenue", "AI revenue");
        return c;
    }

    private TimeChart privateCredit() {
        TimeChart c = mark(withBust(new TimeChart("Private-credit redemptions", "USD billions")), Event.FIRST_GATE);
        left(c, "pc_redemption_requested", "requested");
        left(c, "pc_redemption_paid", "paid");
        left(c, "pc_redemption_queued", "queued");
        right(c, "gated funds", "pc_gated_funds", "gated funds");
        return c;
    }

    private TimeChart policy() {
        TimeChart c = mark(new TimeChart("Policy rate, Fed tier and QE", "% per year"), Event.QE_START);
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
        TimeChart c = mark(withBust(new TimeChart("Unemployment and inflation", "%")), Event.PEAK, Event.TROUGH,
                Event.QE_START);
        leftPercent(c, "unemployment", "unemployment (% of labour force)");
        leftPercent(c, "inflation", "inflation (% per year)");
        return c;
    }

    private TimeChart consumption() {
        TimeChart c = mark(withBust(new TimeChart("Consumption by household group", "USD billions per month")),
                Event.PEAK, Event.TROUGH);
        left(c, "consumption_top", "top 20%");
        left(c, "consumption_middle", "middle 20%");
        left(c, "consumption_bottom", "bottom 60%");
        return c;
    }

    private TimeChart ledger() {
        TimeChart c = new TimeChart("Ledger check", "largest error, USD billions").dated(start);
        left(c, "ledger_error", "ledger error");
        return c;
    }

    /** @return the markers of the run, in month order: peak and trough from the summary, the rest from the series */
    static List<Marker> markers(SeriesTable series, double[] months, SummaryFile summary) {
        List<Marker> out = new ArrayList<>();
        summary.number("peak_month").ifPresent(m -> out.add(new Marker(Event.PEAK, m, Event.PEAK.label)));
        summary.number("trough_month").ifPresent(m -> out.add(new Marker(Event.TROUGH, m, Event.TROUGH.label)));
        if (series.has("lab_failures")) {
            double[] failures = series.column("lab_failures");
            for (int i = 0; i < failures.length; i++) {
                double rise = failures[i] - (i == 0 ? 0 : failures[i - 1]);
                if (rise > 0) {
                    out.add(new Marker(Event.LAB_FAILURE, months[i], rise > 1 ? (int) rise + " labs fail"
                            : Event.LAB_FAILURE.label));
                }
            }
        }
        if (series.has("pc_gated_funds")) {
            double[] gated = series.column("pc_gated_funds");
            for (int i = 0; i < gated.length; i++) {
                if (gated[i] > 0) {
                    out.add(new Marker(Event.FIRST_GATE, months[i], Event.FIRST_GATE.label));
                    break;
                }
            }
        }
        if (series.has("qe_flow")) {
            double[] qe = series.column("qe_flow");
            for (int i = 0; i < qe.length; i++) {
                if (qe[i] > 0 && (i == 0 || !(qe[i - 1] > 0))) {
                    out.add(new Marker(Event.QE_START, months[i], Event.QE_START.label));
                }
            }
        }
        out.sort(Comparator.comparingDouble(Marker::month));
        return List.copyOf(out);
    }

    /** Dates the chart and adds the markers of the given kinds. @return {@code c} */
    private TimeChart mark(TimeChart c, Event... kinds) {
        List<Event> wanted = List.of(kinds);
        markers.stream().filter(m -> wanted.contains(m.event()))
                .forEach(m -> c.event(m.month(), m.label(), m.event().color));
        return c.dated(start);
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
