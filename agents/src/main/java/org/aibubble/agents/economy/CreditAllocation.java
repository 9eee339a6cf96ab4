package org.aibubble.agents.economy;

import org.aibubble.agents.credit.PrivateCreditFund;
import org.aibubble.agents.firms.Hyperscaler;

/**
 * New private-credit lending each month, limited by the funds' liquidity: maturing software loans are
 * refinanced first (what the funds cannot roll over must be repaid or defaults), then hyperscalers'
 * requests for private credit are met pro rata to each fund's lending capacity.
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
        double maturing = world.software().maturing();
        double refinanced = takePro(world, Math.min(maturing, capacity), capacity);
        world.software().settleMaturities(refinanced);
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
