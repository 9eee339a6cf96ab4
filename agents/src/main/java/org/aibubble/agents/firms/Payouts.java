package org.aibubble.agents.firms;

import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;

/** Pays a total pro rata to the holders of an issuer's claims (interest to bondholders, dividends to shareholders). */
public final class Payouts {
    private Payouts() {
    }

    /**
     * @param ledger     the ledger
     * @param instrument the claims that share the payment
     * @param issuer     who pays
     * @param total      the total paid, USD bn
     * @param flow       the kind of flow
     */
    public static void proRata(Ledger ledger, Instrument instrument, int issuer, double total, Flow flow) {
        double outstanding = ledger.liabilities(issuer, instrument);
        if (total <= 0 || outstanding <= 0) {
            return;
        }
        for (int holder = 0; holder < ledger.size(); holder++) {
            double claim = ledger.claim(instrument, holder, issuer);
            if (claim > 0) {
                ledger.pay(issuer, holder, total * claim / outstanding, flow);
            }
        }
    }

    /**
     * Writes off {@code share} of every holder's claim on {@code issuer} (a default).
     *
     * @return the face value written off, USD bn
     */
    public static double writeOffShare(Ledger ledger, Instrument instrument, int issuer, double share) {
        double total = 0;
        for (int holder = 0; holder < ledger.size(); holder++) {
            double claim = ledger.claim(instrument, holder, issuer);
            if (claim > 0) {
                ledger.writeOff(instrument, holder, issuer, claim * share);
                total += claim * share;
            }
        }
        return total;
    }

    /** Redeems {@code total} of an issuer's claims pro rata to its holders (the issuer pays them). */
    public static void proRataRedeem(Ledger ledger, Instrument instrument, int issuer, double total) {
        double outstanding = ledger.liabilities(issuer, instrument);
        if (total <= 0 || outstanding <= 0) {
            return;
        }
        for (int holder = 0; holder < ledger.size(); holder++) {
            double claim = ledger.claim(instrument, holder, issuer);
            if (claim > 0) {
                ledger.redeem(instrument, holder, issuer, total * claim / outstanding);
            }
        }
    }

    /**
     * Revalues every holder's claim on {@code issuer} by {@code change} (a share: 0.1 = +10%), except the
     * claim of {@code except} (-1 for none): a new market price, NAV or round price for all holders.
     */
    public static void revalueAll(Ledger ledger, Instrument instrument, int issuer, double change, int except) {
        for (int holder = 0; holder < ledger.size(); holder++) {
            double claim = ledger.claim(instrument, holder, issuer);
            if (claim != 0 && holder != except) {
                ledger.revalue(instrument, holder, issuer, claim * change);
            }
        }
    }
}
