package org.aibubble.sim.gui;

import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;

import org.aibubble.agents.economy.Economy;
import org.aibubble.agents.economy.SeriesColumns;
import org.aibubble.sim.format.NumberText;

/**
 * The read-only half of the Model tab: the headline indicators of the last recorded month, as bean
 * getters that MASON's inspector shows and refreshes every month. Each getter reads one column of
 * {@link Economy#lastRow()}, shown to four significant digits with the unit the column has in
 * {@link SeriesColumns} ({@code $65.98 bn / month}, {@code 4.625%}; series.csv has them in full);
 * {@code desX()} methods are the tooltips. Values are {@code n/a} before the first month.
 */
public final class LiveStatistics {
    private final Supplier<Economy> economy;

    /** @param economy the economy of the current run (changes when the run restarts; may be null before) */
    public LiveStatistics(Supplier<Economy> economy) {
        this.economy = economy;
    }

    /** @return the calendar month last recorded, {@code YYYY-MM}, or "-" before the first */
    public String getMonth() {
        Economy current = economy.get();
        double month = value("month");
        if (current == null || Double.isNaN(month)) {
            return "-";
        }
        return current.config().run().startMonth().plusMonths((long) month).toString();
    }

    /** @return the tooltip of {@link #getMonth()} */
    public String desMonth() {
        return "The calendar month last recorded (one step is one month).";
    }

    /** @return the AI equity index (start = 100) */
    public String getAiIndex() {
        return shown("ai_index");
    }

    /** @return the tooltip */
    public String desAiIndex() {
        return "AI equity index, 100 at the start.";
    }

    /** @return the valuation ratio (P/E) */
    public String getValuationRatio() {
        return shown("valuation_ratio");
    }

    /** @return the tooltip */
    public String desValuationRatio() {
        return "Market valuation, price over earnings.";
    }

    /** @return the share of investing households that follow trends */
    public String getTrendFollowerShare() {
        return shown("trend_follower_share");
    }

    /** @return the tooltip */
    public String desTrendFollowerShare() {
        return "Share of investing households that follow the trend (0-1); the rest are fundamentalists.";
    }

    /** @return total hyperscaler capex this month, USD bn */
    public String getCapexTotal() {
        return shown("capex_total");
    }

    /** @return the tooltip */
    public String desCapexTotal() {
        return "Hyperscaler capex this month, USD billions.";
    }

    /** @return the revenue gap, USD bn per month */
    public String getRevenueGap() {
        return shown("revenue_gap");
    }

    /** @return the tooltip */
    public String desRevenueGap() {
        return "AI revenue needed to justify the GPU spend minus AI revenue earned, USD billions a month.";
    }

    /** @return how many labs have failed so far */
    public String getLabFailures() {
        return shown("lab_failures");
    }

    /** @return the number of private-credit funds gated this month */
    public String getGatedFunds() {
        return shown("pc_gated_funds");
    }

    /** @return the tooltip */
    public String desGatedFunds() {
        return "Private-credit funds whose redemption gate binds (they queue the rest).";
    }

    /** @return the policy rate, a yearly rate */
    public String getPolicyRate() {
        return shown("policy_rate");
    }

    /** @return the tooltip */
    public String desPolicyRate() {
        return "The Fed's policy rate, a yearly rate (0.04 = 4%).";
    }

    /** @return the 10-year yield, a yearly rate */
    public String getYield10y() {
        return shown("yield_10y");
    }

    /** @return the Fed's tier (0 calm, 1 mild, 2 moderate, 3 severe) */
    public String getFedTier() {
        return shown("fed_tier");
    }

    /** @return the tooltip */
    public String desFedTier() {
        return "The Fed's stress response: 0 calm, 1 mild (words), 2 moderate (cuts, facilities), 3 severe (zero rates, QE).";
    }

    /** @return the unemployment rate, a share */
    public String getUnemployment() {
        return shown("unemployment");
    }

    /** @return yearly inflation, a share */
    public String getInflation() {
        return shown("inflation");
    }

    /** @return the largest books discrepancy found this month, USD bn (should be about 0) */
    public String getLedgerError() {
        return shown("ledger_error");
    }

    /** @return the tooltip */
    public String desLedgerError() {
        return "Largest stock-flow discrepancy found by this month's books check, USD billions (rounding only).";
    }

    /** @return the column's last recorded value with its unit ({@link NumberText#withUnit}), n/a before the first */
    private String shown(String column) {
        return NumberText.withUnit(value(column), NumberText.Unit.ofSeries(SeriesColumns.describe(column).unit()));
    }

    private double value(String column) {
        Economy current = economy.get();
        if (current == null) {
            return Double.NaN;
        }
        double[] row = current.lastRow();
        List<String> columns = current.seriesColumns();
        int index = columns.indexOf(column);
        if (row == null || index < 0) {
            return Double.NaN;
        }
        return row[index];
    }
}
