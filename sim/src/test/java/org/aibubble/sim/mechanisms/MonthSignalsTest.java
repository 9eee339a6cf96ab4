package org.aibubble.sim.mechanisms;

import static org.aibubble.sim.mechanisms.MechanismRuns.last;
import static org.aibubble.sim.mechanisms.MechanismRuns.start;
import static org.aibubble.sim.mechanisms.MechanismRuns.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.aibubble.agents.config.HouseholdGroup;
import org.aibubble.agents.economy.Accounts;
import org.aibubble.agents.economy.Economy;
import org.aibubble.agents.economy.MonthSignals;
import org.aibubble.sim.engine.AiEconomySim;
import org.junit.jupiter.api.Test;

/** The month-end signals say what the series records, and the spread widening is measured from the opening books. */
class MonthSignalsTest {
    @Test
    void theOpeningSignalsDescribeTheOpeningBooks() {
        Economy economy = start().economy();
        MonthSignals open = economy.lastMonth();
        assertEquals(-1, open.month());
        assertEquals(0.0, open.creditSpreadWidening(), 0.0, "no widening before the first month");
        assertEquals(open.rates(), economy.ratesThisMonth());
    }

    @Test
    void eachMonthEndPublishesWhatTheSeriesRecords() {
        AiEconomySim sim = start();
        double spread0 = sim.economy().lastMonth().creditSpread();
        for (int m = 0; m < 6; m++) {
            step(sim, 1);
            MonthSignals s = sim.economy().lastMonth();
            assertEquals(m, s.month());
            assertEquals(last(sim, "credit_spread"), s.creditSpread(), 0.0);
            assertEquals(s.creditSpread() - spread0, s.creditSpreadWidening(), 0.0);
            assertEquals(last(sim, "policy_rate"), s.rates().policyRate(), 0.0);
            assertEquals(last(sim, "yield_10y"), s.rates().yield10y(), 0.0);
            assertEquals(last(sim, "stress_index"), s.rates().stressIndex(), 0.0);
            assertEquals(last(sim, "fed_tier"), s.rates().fedTier().ordinal(), 0.0);
            assertEquals(last(sim, "inflation"), s.inflation(), 0.0);
            assertEquals(last(sim, "price_level"), s.priceLevel(), 0.0);
            assertEquals(last(sim, "consumption_total"), s.consumption(), 0.0);
            assertEquals(last(sim, "ai_revenue"), s.aiRevenue(), 0.0);
            assertEquals(s.rates(), sim.economy().ratesThisMonth(), "nothing moves the rates after the bond update");
        }
        assertNotEquals(0.0, sim.economy().lastMonth().creditSpreadWidening(), "spreads moved from the opening books");
    }

    @Test
    void theAccountsDirectoryNamesEveryAgentsAccountOnce() {
        Economy economy = start().economy();
        Accounts a = economy.accounts();
        assertEquals(economy.world().fed().account(), a.fed());
        assertEquals(economy.world().government().account(), a.government());
        assertEquals(economy.world().bank().account(), a.bank());
        assertEquals(economy.world().otherFirms().account(), a.otherFirms());
        assertEquals(economy.world().chipVendor().account(), a.chipVendor());
        assertEquals(economy.world().software().account(), a.softwareBorrowers());
        for (HouseholdGroup g : HouseholdGroup.values()) {
            assertEquals(economy.world().households().account(g), a.household(g));
        }
        assertEquals(economy.world().hyperscalers().stream().map(h -> h.account()).toList(), a.hyperscalers());
        assertEquals(economy.world().labs().stream().map(l -> l.account()).toList(), a.labs());
        assertEquals(economy.world().funds().stream().map(f -> f.account()).toList(), a.funds());
        Set<Integer> all = new HashSet<>(List.of(a.bank(), a.fed(), a.government(), a.otherFirms(), a.chipVendor(),
                a.softwareBorrowers(), a.householdsTop(), a.householdsMiddle(), a.householdsBottom()));
        all.addAll(a.hyperscalers());
        all.addAll(a.labs());
        all.addAll(a.funds());
        assertEquals(economy.ledger().size(), all.size(), "every ledger account, each once");
        assertTrue(a.hyperscalers().size() > 1);
    }
}
