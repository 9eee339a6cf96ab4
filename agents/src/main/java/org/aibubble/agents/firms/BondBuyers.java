package org.aibubble.agents.firms;

import java.io.Serializable;
import java.util.List;

/**
 * Who buys a hyperscaler's new bonds: a share {@code householdShare} is offered to the household groups
 * (each taking its {@code groupShare}, at most {@code depositCap} of its deposits), the bank takes the rest.
 *
 * @param householdShare share of an issue offered to households ({@code macro.householdBondShare})
 * @param groups         one entry per household group, in group order
 * @param depositCap     largest share of a group's deposits put into one issue ({@code hyperscalers.funding.householdBondDepositCap})
 */
public record BondBuyers(double householdShare, List<Group> groups, double depositCap) implements Serializable {
    /** Copies the list. */
    public BondBuyers {
        groups = List.copyOf(groups);
    }

    /**
     * @param account    the group's ledger account
     * @param groupShare the group's share of the households' part ({@code households.groups.*.bondShare})
     */
    public record Group(int account, double groupShare) implements Serializable {
    }
}
