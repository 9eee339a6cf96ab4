package org.aibubble.agents.credit;

import java.io.Serializable;
import java.util.List;

import org.aibubble.agents.config.FundBehaviour;
import org.aibubble.agents.config.ParamsSource;
import org.aibubble.agents.firms.Payouts;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;

/**
 * The private-credit market: the funds on one side, the borrowers ({@link CreditDemander}s) on the
 * other. It owns the market's aggregates - the lending capacity of the month, the share of funds
 * gated, the record of defaults by month and the recent default rate - and allocates each month's
 * lending (PRIVATE_CREDIT phase, after the funds have stepped):
 *
 * <ol>
 * <li>loans fall due at {@code 1 / maturityMonths} a month. A rollover moves no cash, so it takes no
 * lending capacity: the funds roll over every maturity except the cash a fund short of it (for its
 * redemption queue and cash target, {@link PrivateCreditFund#cashShortfall}) asks back, at most its own
 * maturities; the share rolled over is the same for every borrower, and each borrower settles the rest
 * pro rata to its lenders ({@link CreditDemander#settleMaturing});</li>
 * <li>borrowers' requests for new loans are met in order, pro rata to each fund's remaining capacity,
 * and booked by the borrower ({@link CreditDemander#borrow}).</li>
 * </ol>
 */
public final class PrivateCreditMarket implements LoanDefaults, Serializable {
    private static final long serialVersionUID = 1L;

    private final ParamsSource<FundBehaviour> behaviour;
    private final Ledger ledger;
    private final List<PrivateCreditFund> funds;
    private final double[] defaultsByMonth = new double[12];
    private long month;
    private double capacity;

    /**
     * @param behaviour the funds' shared behaviour ({@code maturityMonths})
     * @param ledger    the ledger
     * @param funds     the funds, in config order (the list is kept, not copied: the builder fills it)
     */
    public PrivateCreditMarket(ParamsSource<FundBehaviour> behaviour, Ledger ledger, List<PrivateCreditFund> funds) {
        this.behaviour = behaviour;
        this.ledger = ledger;
        this.funds = funds;
    }

    /**
     * Rolls over and repays maturing loans, then lends to the borrowers that ask, in order.
     *
     * @param borrowers every private-credit borrower, in a fixed order
     */
    public void allocate(List<? extends CreditDemander> borrowers) {
        capacity = remainingCapacity();
        double maturity = behaviour.get().maturityMonths();
        double[] maturing = new double[borrowers.size()];
        double due = 0;
        for (int i = 0; i < maturing.length; i++) {
            maturing[i] = ledger.liabilities(borrowers.get(i).account(), Instrument.PRIVATE_CREDIT_LOANS) / maturity;
            due += maturing[i];
        }
        double called = 0;
        for (PrivateCreditFund fund : funds) {
            double ownDue = ledger.assets(fund.account(), Instrument.PRIVATE_CREDIT_LOANS) / maturity;
            called += Math.min(ownDue, fund.cashShortfall());
        }
        double rollShare = due > 0 ? Math.max(0, due - called) / due : 1;
        for (int i = 0; i < maturing.length; i++) {
            borrowers.get(i).settleMaturing(month, maturing[i], rollShare);
        }
        for (CreditDemander borrower : borrowers) {
            double wanted = borrower.creditWanted();
            if (wanted <= 0) {
                continue;
            }
            double left = remainingCapacity();
            if (left <= 0) {
                break;
            }
            double asked = Math.min(wanted, left);
            for (PrivateCreditFund fund : funds) {
                double lent = fund.lend(asked * fund.lendingCapacity() / left);
                if (lent > 0) {
                    borrower.borrow(fund.account(), lent);
                }
            }
        }
    }

    /**
     * Repays {@code amount} of a borrower's private-credit loans pro rata to its lenders: the plain
     * settlement of maturities for a borrower that always pays.
     *
     * @param ledger   the ledger
     * @param borrower the borrower's account
     * @param amount   USD bn
     */
    public static void repay(Ledger ledger, int borrower, double amount) {
        Payouts.proRataRedeem(ledger, Instrument.PRIVATE_CREDIT_LOANS, borrower, amount);
    }

    private double remainingCapacity() {
        double left = 0;
        for (PrivateCreditFund fund : funds) {
            left += fund.lendingCapacity();
        }
        return left;
    }


    /**
     * Starts the record of a new month (its slot of the twelve-month default record is cleared).
     *
     * @param next the month starting
     */
    public void startMonth(long next) {
        month = next;
        defaultsByMonth[(int) (month % 12)] = 0;
    }

    @Override
    public void recordDefault(double face) {
        defaultsByMonth[(int) (month % 12)] += face;
    }

    /** @return defaulted face value this month, USD bn */
    public double defaultsThisMonth() {
        return defaultsByMonth[(int) (month % 12)];
    }

    /** @return defaults over the last twelve months over the funds' loans outstanding now (yearly rate) */
    public double recentDefaultRate() {
        double total = 0;
        for (double d : defaultsByMonth) {
            total += d;
        }
        double loans = loans();
        return loans > 0 ? total / loans : 0;
    }

    /** @return the funds' private-credit loans outstanding at face, USD bn */
    public double loans() {
        double loans = 0;
        for (PrivateCreditFund fund : funds) {
            loans += ledger.assets(fund.account(), Instrument.PRIVATE_CREDIT_LOANS);
        }
        return loans;
    }

    /** @return the share of funds whose gate bound at their last quarter end */
    public double gatedShare() {
        int gated = 0;
        for (PrivateCreditFund fund : funds) {
            if (fund.gated()) {
                gated++;
            }
        }
        return funds.isEmpty() ? 0 : (double) gated / funds.size();
    }

    /** @return what the funds could lend at the start of this month's allocation, USD bn */
    public double capacity() {
        return capacity;
    }

    /** @return the funds, in config order (read-only) */
    public List<PrivateCreditFund> funds() {
        return List.copyOf(funds);
    }
}
