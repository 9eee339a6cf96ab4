package org.aibubble.sim.mechanisms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.config.RunSettings;
import org.aibubble.sim.run.ProgressListener;
import org.aibubble.sim.run.RunResult;
import org.aibubble.sim.run.RunStatus;
import org.aibubble.sim.run.SingleRun;
import org.junit.jupiter.api.Test;

/**
 * The books balance at the ends of every magnitude key's allowed range: one short run per end (6
 * months, 1,000 households), each a config an economy can have and so one the books must hold for.
 */
class BooksAtRangeEndsTest {
    private static final int MONTHS = 6;
    private static final int HOUSEHOLDS = 1000;

    /** Each key with the two ends of its range, as in the records' validation. */
    private static final String[][] RANGES = {
        {"macro.firmsBonds", "0", "60000"},
        {"macro.firmsDeposits", "0", "30000"},
        {"macro.firmsCapital", "0", "300000"},
        {"macro.firmsMarketCap", "1", "440000"},
        {"macro.firmsInvestment", "0", "3000"},
        {"macro.softwareDebt", "0", "1200"},
        {"macro.softwareEquity", "0", "2500"},
        {"macro.chipMarketCap", "1", "45000"},
        {"macro.chipDeposits", "0", "600"},
        {"macro.governmentDebt", "0", "220000"},
        {"macro.consumption0", "1", "100000"},
        {"macro.governmentPurchases", "0", "100000"},
        {"hyperscalers.firms[0].cash", "0", "100000"},
        {"hyperscalers.firms[0].bonds", "0", "100000"},
        {"hyperscalers.firms[0].marketCap", "1", "1000000"},
        {"labs.firms[0].cash", "0", "100000"},
        {"labs.firms[0].valuation", "0.1", "100000"},
        {"privateCredit.funds[0].nav", "0.1", "100000"},
        {"fed.treasuries0", "0", "100000"},
        {"households.usHouseholds", "1000", "1e9"},
        {"households.groups[0].deposits", "0", "1e7"},
        {"households.groups[2].consumerDebt", "0", "1e6"},
    };

    @Test
    void everyEndOfEveryMagnitudeRangeRunsWithBalancedBooks() {
        List<String> failures = new ArrayList<>();
        for (String[] range : RANGES) {
            for (int end = 1; end <= 2; end++) {
                String set = range[0] + "=" + range[end];
                ModelConfig config = MechanismRuns.config(MechanismRuns.SEED, set)
                        .withRun(new RunSettings(MechanismRuns.SEED, MONTHS, "2026-01", HOUSEHOLDS));
                RunResult result = SingleRun.prepare(config).run(ProgressListener.NONE);
                if (result.status() != RunStatus.COMPLETE) {
                    failures.add(set + ": " + result.error());
                } else if (!(result.summary().ledgerMaxError() < 1e-3)) {
                    failures.add(set + ": ledger error " + result.summary().ledgerMaxError());
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(RANGES.length > 10);
    }
}
