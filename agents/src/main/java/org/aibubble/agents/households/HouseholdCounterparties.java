package org.aibubble.agents.households;

import java.io.Serializable;
import java.util.List;

/**
 * The ledger accounts households pay and are paid by, fixed when the economy is built: other firms (wages in,
 * consumption out), the government (benefits and transfers in, taxes out), the bank (card credit and interest)
 * and the labs (consumer AI spending).
 *
 * @param otherFirms the other firms' account
 * @param government the government's account
 * @param bank       the bank's account
 * @param labs       the labs' accounts, in the order of {@link HouseholdInputs#labShares()}
 */
public record HouseholdCounterparties(int otherFirms, int government, int bank, List<Integer> labs)
        implements Serializable {
    /** Copies the lab accounts. */
    public HouseholdCounterparties {
        labs = List.copyOf(labs);
    }
}
