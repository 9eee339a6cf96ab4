package org.aibubble.agents.markets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.ledger.Sector;
import org.junit.jupiter.api.Test;

/** The compute market between two sellers and two buyers on a small ledger, without an economy. */
class ComputeMarketTest {
    private record Seller(int account, double capacity) implements ComputeSeller {
    }

    private record Buyer(int account, int partnerAccount) implements ComputeBuyer {
    }

    private final Ledger ledger = new Ledger();
    private final int bank = ledger.open("bank", Sector.BANK);
    private final int fed = ledger.open("fed", Sector.FED);
    private final int s1 = ledger.open("hyperscaler:a", Sector.HYPERSCALERS);
    private final int s2 = ledger.open("hyperscaler:b", Sector.HYPERSCALERS);
    private final int b1 = ledger.open("lab:a", Sector.LABS);
    private final int b2 = ledger.open("lab:b", Sector.LABS);

    private ComputeMarket market(double price0) {
        ledger.freeze();
        ledger.openClaim(Instrument.DEPOSITS, b1, bank, 100);
        ledger.openClaim(Instrument.DEPOSITS, b2, bank, 1);
        return new ComputeMarket(ledger, ComputePriceTest.markets(), List.of(new Seller(s1, 30), new Seller(s2, 70)),
                0.5, 0.44, price0);
    }

    @Test
    void paymentGoesBySellersCapacityWithThePartnerTakingItsCommittedShareFirst() {
        ComputeMarket m = market(0.1);
        m.updatePrice();
        assertEquals(100, m.capacity());
        assertEquals(50, m.buy(new Buyer(b1, s1), 50), 1e-12);
        double cost = 50 * 0.1;
        assertEquals(cost * (0.5 + 0.5 * 0.3), ledger.income(s1, Flow.COMPUTE), 1e-12);
        assertEquals(cost * 0.5 * 0.7, ledger.income(s2, Flow.COMPUTE), 1e-12);
        assertEquals(0.5, m.utilisation(), 1e-12);
    }

    @Test
    void aBuyerGetsWhatItsCashAndTheCapacityLeftAllow() {
        ComputeMarket m = market(0.1);
        m.updatePrice();
        assertEquals(10, m.buy(new Buyer(b2, -1), 50), 1e-12, "1 bn buys 10 units at 0.1");
        assertEquals(0, ledger.deposits(b2), 1e-12);
        assertEquals(90, m.buy(new Buyer(b1, -1), 200), 1e-12, "the rest of capacity");
        assertEquals(250, m.demand(), 1e-12, "demand counts what was wanted");
    }

    @Test
    void demandGrowthIsYearOnYearWithTheFirstYearAtItsStartingGrowth() {
        ComputeMarket m = market(0.1);
        m.updatePrice();
        m.buy(new Buyer(b1, -1), 76);
        m.closeMonth();
        assertEquals(0.44, m.demandGrowth(), 1e-12);
        m.updatePrice();
        assertEquals(0.1 * Math.sqrt(76 / 80.0), m.price(), 1e-12, "last month's demand under target lowers the price");
    }
}
