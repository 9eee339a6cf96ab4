package org.aibubble.agents.policy.rules;

import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.config.QePolicy;
import org.aibubble.agents.policy.FedTier;

/**
 * The Fed's purchases: bills for reserve management every month ({@code fed.reserveManagement}, times
 * {@code fed.moderateBillMultiplier} from the moderate tier on, at most what the bank holds), and QE of
 * {@code fed.qePerMonth} when the QE setting calls for it, taken from the household groups in turn (each
 * sells {@code fed.qeGroupShare} of what is still to buy, at most what it holds) and the rest from the bank.
 */
public final class BalanceSheetRules {
    private BalanceSheetRules() {
    }

    /**
     * @param p         the Fed's parameters
     * @param tier      this month's tier
     * @param available Treasuries the bank holds, USD bn
     * @return bills bought this month, USD bn
     */
    public static double billPurchases(FedParams p, FedTier tier, double available) {
        double amount = p.reserveManagement() * (tier.compareTo(FedTier.MODERATE) >= 0 ? p.moderateBillMultiplier() : 1);
        return Math.min(amount, Math.max(0, available));
    }

    /**
     * @param setting   the QE setting in force this month
     * @param tier      this month's tier
     * @param nearFloor whether the policy rate is within {@code fed.qeFloorDistance} of the floor
     * @return whether the Fed does QE this month
     */
    public static boolean qeWanted(QePolicy setting, FedTier tier, boolean nearFloor) {
        return switch (setting) {
            case OFF -> false;
            case FORCED -> true;
            case AUTO -> tier == FedTier.SEVERE && nearFloor;
        };
    }

    /**
     * QE purchases by seller.
     *
     * @param fromGroups bought from each household group, USD bn, in {@code HouseholdGroup} order
     * @param fromBank   bought from the bank, USD bn
     * @param remaining  what could not be bought, USD bn
     */
    public record QePurchases(double[] fromGroups, double fromBank, double remaining) {
    }

    /**
     * @param perMonth   QE purchases wanted, USD bn
     * @param groupShare share of what is still to buy each household group sells in turn
     * @param groupHeld  Treasuries each household group holds, USD bn
     * @param bankHeld   Treasuries the bank holds, USD bn
     * @return the purchases by seller
     */
    public static QePurchases qePurchases(double perMonth, double groupShare, double[] groupHeld, double bankHeld) {
        double remaining = perMonth;
        double[] fromGroups = new double[groupHeld.length];
        for (int g = 0; g < groupHeld.length; g++) {
            double bought = Math.min(remaining * groupShare, Math.max(0, groupHeld[g]));
            if (bought > 0) {
                fromGroups[g] = bought;
                remaining -= bought;
            }
        }
        double fromBank = Math.min(remaining, Math.max(0, bankHeld));
        if (fromBank > 0) {
            remaining -= fromBank;
        } else {
            fromBank = 0;
        }
        return new QePurchases(fromGroups, fromBank, remaining);
    }
}
