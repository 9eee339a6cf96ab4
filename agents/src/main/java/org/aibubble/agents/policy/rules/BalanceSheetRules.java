package org.aibubble.agents.policy.rules;

import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.policy.FedTier;

/**
 * The Fed's balance-sheet amounts, each without an economy. Bills for reserve management keep reserves at
 * the banks' demand: a share of bank deposits (the share at the start, when reserves were just ample, with
 * the starting shortfall {@code fed.reserveShortfall0}), {@code fed.moderateReserveDemand} more from the
 * moderate tier on; each month the Fed buys a {@code fed.reserveGapMonths}-th of the shortfall, at most
 * what the bank holds. QE is taken from the household groups in turn (each sells {@code fed.qeGroupShare}
 * of what is still to buy, at most what it holds) and the rest from the bank. QT runs QE holdings off at
 * {@code fed.qtPerMonth}, never taking reserves below their demand.
 */
public final class BalanceSheetRules {
    private BalanceSheetRules() {
    }

    /**
     * @param reserves0   reserves at the start, USD bn
     * @param shortfall0  the reserve shortfall at the start ({@code fed.reserveShortfall0}), USD bn
     * @param deposits0   bank deposits at the start, USD bn
     * @return the reserves banks demand per dollar of deposits: {@code (reserves0 + shortfall0) / deposits0}
     */
    public static double reserveDemandShare(double reserves0, double shortfall0, double deposits0) {
        return deposits0 > 0 ? (reserves0 + shortfall0) / deposits0 : 0;
    }

    /**
     * @param p        the Fed's parameters
     * @param share    reserves demanded per dollar of deposits ({@link #reserveDemandShare})
     * @param deposits bank deposits now, USD bn
     * @param tier     this month's tier
     * @return the reserves banks demand, USD bn
     */
    public static double reserveDemand(FedParams p, double share, double deposits, FedTier tier) {
        double precaution = tier.compareTo(FedTier.MODERATE) >= 0 ? 1 + p.moderateReserveDemand() : 1;
        return share * Math.max(0, deposits) * precaution;
    }

    /**
     * @param p         the Fed's parameters
     * @param demand    reserves demanded, USD bn
     * @param reserves  reserves now, USD bn
     * @param available Treasuries the bank holds, USD bn
     * @return bills bought this month, USD bn: {@code min(max(0, demand - reserves) / reserveGapMonths, available)}
     */
    public static double billPurchases(FedParams p, double demand, double reserves, double available) {
        double wanted = Math.max(0, demand - reserves) / p.reserveGapMonths();
        return Math.min(wanted, Math.max(0, available));
    }

    /**
     * @param p          the Fed's parameters
     * @param qeHoldings QE holdings still held, USD bn
     * @param demand     reserves demanded, USD bn
     * @param reserves   reserves now, USD bn
     * @return QE holdings run off this month, USD bn: {@code min(qtPerMonth, qeHoldings, max(0, reserves - demand))}
     */
    public static double runoff(FedParams p, double qeHoldings, double demand, double reserves) {
        return Math.max(0, Math.min(p.qtPerMonth(), Math.min(qeHoldings, reserves - demand)));
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
