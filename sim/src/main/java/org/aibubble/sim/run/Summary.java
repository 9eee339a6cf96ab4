package org.aibubble.sim.run;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The summary of one run, computed from its monthly series by {@link SummaryMetrics}. A null field
 * means the economy does not report the columns it needs (or the run recorded no month).
 *
 * @param months          months recorded
 * @param runUp           rise of the AI index from month 0 to its peak (a share: 0.8 = +80%)
 * @param peakMonth       month of the AI index peak (before the bust if there is one)
 * @param maxDrawdown     largest fall of the AI index from its running peak (a share)
 * @param bustMonth       first month of a bust (drawdown at least {@link SummaryMetrics#BUST_DRAWDOWN} for
 *                        {@link SummaryMetrics#BUST_MONTHS} months running, or to the end); null when none
 * @param troughMonth     month of the lowest AI index after the peak (the last month if none)
 * @param capexCut        fall of total capex from its peak to its lowest later month (a share)
 * @param maxUnemployment highest unemployment rate (a share of the labour force)
 * @param minPolicyRate   lowest policy rate (a rate per year, 0.0425 = 4.25%)
 * @param qeTotal         sum of monthly QE purchases, USD billions
 * @param gatedMonths     months in which at least one private-credit fund gated
 * @param kGapAtTrough    at the trough, top-group consumption change minus bottom-group consumption
 *                        change, both relative to month 0 (positive when the bottom fell further)
 * @param ledgerMaxError  largest absolute ledger check error over the run, USD billions
 */
public record Summary(int months, Double runUp, Integer peakMonth, Double maxDrawdown, Integer bustMonth,
        Integer troughMonth, Double capexCut, Double maxUnemployment, Double minPolicyRate, Double qeTotal,
        Integer gatedMonths, Double kGapAtTrough, Double ledgerMaxError) {

    /** @return the fields under their file names ({@code run_up}, ...), in a fixed order; null values kept */
    public Map<String, Number> asMap() {
        Map<String, Number> map = new LinkedHashMap<>();
        map.put("months", months);
        map.put("run_up", runUp);
        map.put("peak_month", peakMonth);
        map.put("max_drawdown", maxDrawdown);
        map.put("bust_month", bustMonth);
        map.put("trough_month", troughMonth);
        map.put("capex_cut", capexCut);
        map.put("max_unemployment", maxUnemployment);
        map.put("min_policy_rate", minPolicyRate);
        map.put("qe_total", qeTotal);
        map.put("gated_months", gatedMonths);
        map.put("k_gap_at_trough", kGapAtTrough);
        map.put("ledger_max_error", ledgerMaxError);
        return map;
    }
}
