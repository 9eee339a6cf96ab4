package org.aibubble.agents.firms;

import org.aibubble.agents.economy.Earnings;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Ledger;

/** Reads an account's current-flow income and spending this month from the ledger's tallies. */
public final class IncomeStatement {
    private IncomeStatement() {
    }

    /** @return all current income of {@code account} this month, USD bn */
    public static double income(Ledger ledger, int account) {
        double total = 0;
        for (Flow flow : Flow.values()) {
            total += ledger.income(account, flow);
        }
        return total;
    }

    /** @return all current spending of {@code account} this month, USD bn */
    public static double spending(Ledger ledger, int account) {
        double total = 0;
        for (Flow flow : Flow.values()) {
            total += ledger.spending(account, flow);
        }
        return total;
    }

    /**
     * Pays corporate tax on positive profit, records profit after tax in {@code earnings}, and pays a
     * dividend that closes {@code adjustment} of its gap each month to {@code payout} times the average
     * monthly after-tax earnings of the last twelve months (firms smooth dividends: Lintner 1956), never
     * drawing deposits below {@code cashFloor}.
     *
     * @return profit after tax, USD bn
     */
    public static double taxAndDividend(Ledger ledger, int account, int government, double profit, double taxRate,
            double payout, double adjustment, double cashFloor, Earnings earnings) {
        double tax = taxRate * Math.max(0, profit);
        if (tax > 0) {
            ledger.pay(account, government, tax, Flow.TAXES);
        }
        earnings.record(profit - tax);
        double dividend = earnings.nextDividend(payout, adjustment, Math.max(0, ledger.deposits(account) - cashFloor));
        Payouts.proRata(ledger, org.aibubble.agents.ledger.Instrument.EQUITY, account, dividend, Flow.DIVIDENDS);
        return profit - tax;
    }
}
