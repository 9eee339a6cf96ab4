package org.aibubble.agents.economy;

import java.io.Serializable;
import java.util.List;

import org.aibubble.agents.config.HouseholdGroup;

/**
 * The directory of ledger account ids of one economy, built once by {@link EconomyBuilder}: an agent is
 * given the accounts of the counterparties it pays instead of finding the counterparties themselves.
 *
 * @param bank              the banking system
 * @param fed               the Fed
 * @param government        the government
 * @param otherFirms        the rest of the corporate sector
 * @param chipVendor        the chip vendor
 * @param softwareBorrowers the software borrowers
 * @param householdsTop     the top household group
 * @param householdsMiddle  the middle household group
 * @param householdsBottom  the bottom household group
 * @param hyperscalers      the hyperscalers, in config order
 * @param labs              the model labs, in config order
 * @param funds             the private-credit funds, in config order
 */
public record Accounts(int bank, int fed, int government, int otherFirms, int chipVendor, int softwareBorrowers,
        int householdsTop, int householdsMiddle, int householdsBottom, List<Integer> hyperscalers, List<Integer> labs,
        List<Integer> funds) implements Serializable {
    /** Copies the lists, so the directory cannot change after it is built. */
    public Accounts {
        hyperscalers = List.copyOf(hyperscalers);
        labs = List.copyOf(labs);
        funds = List.copyOf(funds);
    }

    /** @return the account of household group {@code group} */
    public int household(HouseholdGroup group) {
        return switch (group) {
            case TOP -> householdsTop;
            case MIDDLE -> householdsMiddle;
            case BOTTOM -> householdsBottom;
        };
    }
}
