package org.aibubble.sim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fabricated run folder with the real file names and series columns: a boom to month 30, a bust,
 * a Fed that escalates through its tiers and restarts QE. For report tests that must not depend on
 * the economy.
 */
final class RunFolderFixture {
    static final List<String> HYPERSCALERS = List.of("h1", "h2", "h3", "h4", "h5");
    static final int MONTHS = 60;

    private RunFolderFixture() {
    }

    static List<String> columns() {
        List<String> cols = new ArrayList<>(List.of("month", "ai_index", "broad_index", "valuation_ratio",
                "trend_follower_share", "capex_total"));
        HYPERSCALERS.forEach(h -> cols.add("capex_" + h));
        cols.addAll(List.of("compute_capacity", "compute_price", "ai_revenue", "revenue_gap", "lab_cash_total",
                "lab_failures", "pc_nav", "pc_redemption_requested", "pc_redemption_paid", "pc_redemption_queued",
                "pc_gated_funds", "loan_defaults", "default_rate", "credit_spread", "policy_rate", "yield_10y",
                "term_premium", "fed_assets", "qe_flow", "fed_tier", "output", "investment_total",
                "consumption_total", "unemployment", "inflation", "consumption_top", "consumption_middle",
                "consumption_bottom", "wealth_top", "wealth_middle", "wealth_bottom", "income_top",
                "income_middle", "income_bottom", "delinquency_rate", "ledger_error"));
        return cols;
    }

    /** Writes series.csv, summary.json, config.yaml and manifest.json into {@code dir}. */
    static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> cols = columns();
        StringBuilder csv = new StringBuilder(String.join(",", cols)).append('\n');
        for (int m = 0; m < MONTHS; m++) {
            List<String> row = new ArrayList<>();
            for (String c : cols) {
                row.add(String.format(Locale.ROOT, "%.6f", value(c, m)));
            }
            csv.append(String.join(",", row)).append('\n');
        }
        Files.writeString(dir.resolve("series.csv"), csv, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("summary.json"), "{\"run_up\":0.8,\"peak_month\":30,\"max_drawdown\":0.45,"
                + "\"bust_month\":33,\"capex_cut\":0.35,\"max_unemployment\":0.071,\"min_policy_rate\":0.0025,"
                + "\"qe_total\":1200.5,\"gated_months\":9,\"k_gap_at_trough\":0.032,\"ledger_max_error\":1e-9}\n");
        Files.writeString(dir.resolve("config.yaml"), "run:\n  seed: 42\n  months: 60\n  start: 2026-01\n"
                + "  households: 1000\nscenario:\n  name: baseline\n  description: Fixture boom & bust <test>.\n"
                + "  events: []\n");
        Files.writeString(dir.resolve("manifest.json"), "{\"tool_version\":\"0.1.0\",\"git\":{\"commit\":\"abc\","
                + "\"dirty\":false},\"seed\":42,\"status\":\"completed\"}\n");
    }

    private static double value(String column, int m) {
        double boom = m <= 30 ? 1 + 0.8 * m / 30.0 : 1.8 * Math.max(0.55, 1 - 0.45 * (m - 30) / 12.0);
        double tier = m < 33 ? 0 : m < 36 ? 1 : m < 40 ? 2 : m < 50 ? 3 : 1;
        return switch (column) {
            case "month" -> m;
            case "ai_index" -> 100 * boom;
            case "broad_index" -> 100 * (1 + (boom - 1) * 0.3);
            case "fed_tier" -> tier;
            case "policy_rate" -> tier >= 3 ? 0.0025 : 0.04 - 0.005 * tier;
            case "qe_flow" -> tier >= 3 ? 80 : 0;
            case "unemployment" -> 0.042 + (m > 33 ? 0.029 * Math.min(1, (m - 33) / 12.0) : 0);
            case "ledger_error" -> 1e-10 * (m % 7);
            default -> column.hashCode() % 97 + 10 * Math.sin(m / 6.0 + column.length()) + boom * 20;
        };
    }
}
