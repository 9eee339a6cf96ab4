package org.aibubble.agents.economy;

import org.aibubble.agents.credit.PrivateCreditFund;
import org.aibubble.agents.firms.Hyperscaler;
import org.aibubble.agents.firms.Payouts;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;

/**
 * New private-credit lending each month, limited by the funds' liquidity. Loans fall due at
 * {@code 1 / maturityMonths} a month; the funds roll over the same share of every borrower's maturing
 * loans, as far as their lending capacity goes. What is not rolled over is repaid from the borrower's
 * cash (software borrowers that cannot repay default). Then hyperscalers' requests for new private
 * credit are met pro rata to each fund's remaining capacity.
 */
final class CreditAllocation {
    private CreditAllocation() {
    }

    static void allocate(World world) {
        double capacity = 0;
        for (PrivateCreditFund fund : world.funds()) {
            capacity += fund.lendingCapacity();
        }
        world.setPrivateCreditCapacity(capacity);
        double maturity = world.config().privateCredit().behaviour().maturityMonths();
        double softwareDue = world.software().debt() / maturity;
        double firmsDue = world.ledger().liabilities(world.otherFirms().account(), Instrument.PRIVATE_CREDIT_LOANS) / maturity;
        double[] hyperscalersDue = new double[world.hyperscalers().size()];
        double due = softwareDue + firmsDue;
        for (int i = 0; i < hyperscalersDue.length; i++) {
            hyperscalersDue[i] = world.ledger().liabilities(world.hyperscalers().get(i).account(),
                    Instrument.PRIVATE_CREDIT_LOANS) / maturity;
            due += hyperscalersDue[i];
        }
        double rolled = takePro(world, Math.min(due, capacity), capacity);
        double rollShare = due > 0 ? rolled / due : 1;
        world.software().settleMaturities(softwareDue, softwareDue * rollShare);
        repay(world, world.otherFirms().account(), firmsDue * (1 - rollShare));
        for (int i = 0; i < hyperscalersDue.length; i++) {
            repay(world, world.hyperscalers().get(i).account(), hyperscalersDue[i] * (1 - rollShare));
        }
        for (Hyperscaler h : world.hyperscalers()) {
            double wanted = h.privateCreditWanted();
            if (wanted <= 0) {
                continue;
            }
            double left = 0;
            for (PrivateCreditFund fund : world.funds()) {
                left += fund.lendingCapacity();
            }
            if (left <= 0) {
                break;
            }
            double asked = Math.min(wanted, left);
            for (PrivateCreditFund fund : world.funds()) {
                double lent = fund.lend(asked * fund.lendingCapacity() / left);
                if (lent > 0) {
                    h.borrowPrivateCredit(fund.account(), lent);
                }
            }
        }
    }

    /** The borrower repays {@code amount} of its private-credit loans pro rata to its lenders. */
    private static void repay(World world, int borrower, double amount) {
        Payouts.proRataRedeem(world.ledger(), Instrument.PRIVATE_CREDIT_LOANS, borrower, amount);
    }

    /** Uses {@code amount} of the funds' capacity pro rata; a rollover moves no cash. */
    private static double takePro(World world, double amount, double capacity) {
        if (amount <= 0 || capacity <= 0) {
            return 0;
        }
        double taken = 0;
        for (PrivateCreditFund fund : world.funds()) {
            taken += fund.lend(amount * fund.lendingCapacity() / capacity);
        }
        return taken;
    }
}
