package org.aibubble.sim.mechanisms;

import static org.aibubble.sim.mechanisms.MechanismRuns.start;
import static org.aibubble.sim.mechanisms.MechanismRuns.step;
import static org.aibubble.sim.mechanisms.MechanismRuns.stepped;
import static org.aibubble.sim.mechanisms.MechanismRuns.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.config.EventType;
import org.aibubble.agents.config.HouseholdGroup;
import org.aibubble.agents.economy.World;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.sim.engine.AiEconomySim;
import org.junit.jupiter.api.Test;

/**
 * The household sector in a running economy: beliefs switch by the rules' performance, caution rises with
 * unemployment, and the bank cuts card limits as financial stress rises (the per-household equations are
 * tested in the agents module's {@code MonthKernelTest}).
 */
class HouseholdMechanismsTest {
    /** AI adoption spreads fast and pays off at once in productivity: firms shed workers within months. */
    private static final String[] JOB_LOSSES = {"labs.adoption.productivityGain=1", "labs.adoption.productivityLagMonths=0",
        "labs.adoption.diffusionRate=5"};
    /** Bottom households start without deposits and spend more than their income: they live on cards. */
    private static final String[] ON_CARDS = {"households.groups[2].deposits=0",
        "households.groups[2].consumptionShare=0.5", "households.groups[0].consumptionShare=0.312"};

    @Test
    void trendFollowersDesertWhenFundamentalistsDoBetter() {
        String[] market = {"markets.equityNoise=0", "markets.fundamentalistNoise=0", "markets.trendNoise=0", "markets.initialMispricing=0.3", "households.beliefs.herding=0",
            "markets.aiGrowthPremium=0"};
        World deaf = world(stepped(12, FedMechanismsTest.with(market, "households.beliefs.intensityOfChoice=0")));
        World keen = world(stepped(12, FedMechanismsTest.with(market, "households.beliefs.intensityOfChoice=40")));
        assertTrue(keen.equity().trendAdvantage() < -0.01, "fundamentalists win: " + keen.equity().trendAdvantage());
        double without = deaf.households().trendFollowerShare();
        double with = keen.households().trendFollowerShare();
        assertTrue(with < without - 0.05, "trend-follower share " + without + " -> " + with);
    }

    @Test
    void risingUnemploymentMakesHouseholdsSaveOutOfCaution() {
        AiEconomySim careless = start(FedMechanismsTest.with(JOB_LOSSES, "households.groups[2].precautionarySaving=0"));
        AiEconomySim cautious = start(JOB_LOSSES);
        step(careless, 1);
        step(cautious, 1);
        assertEquals(consumption(careless), consumption(cautious), 1e-9, "no rise in unemployment yet, no caution");
        step(careless, 8);
        step(cautious, 8);
        double unemployment = world(cautious).households().unemployment();
        assertTrue(unemployment > 0.07, "unemployment " + unemployment);
        // precautionarySaving 1 cuts spending out of income 1% a point of unemployment above what households
        // are used to; that reference follows unemployment slowly, so at least half the rise still counts
        assertTrue(consumption(cautious) < (1 - 0.5 * (unemployment - 0.045)) * consumption(careless),
                "bottom spending " + consumption(careless) + " -> " + consumption(cautious));
        assertTrue(deposits(cautious) > deposits(careless), "what is not spent is saved");
    }

    @Test
    void stressCutsCardLimitsSoBorrowersAtTheLimitBorrowAndSpendLess() {
        AiEconomySim lenient = start(FedMechanismsTest.with(ON_CARDS, "households.cardLimitStressCut=0"));
        AiEconomySim strict = start(FedMechanismsTest.with(ON_CARDS, "households.cardLimitStressCut=1"));
        world(lenient).events().fireNow(EventType.REDEMPTION_WAVE, 0.4, 24);
        world(strict).events().fireNow(EventType.REDEMPTION_WAVE, 0.4, 24);
        double debt0 = cardDebt(lenient);
        step(lenient, 3);
        step(strict, 3);
        // in the calm quarter the stress index is under 0.01 (the first months' drawdown), so the cut barely acts
        assertEquals(cardDebt(lenient), cardDebt(strict), 1e-4 * cardDebt(lenient), "calm quarter: little to act on");
        assertTrue(cardDebt(lenient) > 1.2 * debt0, "bottom households borrow on their cards");
        step(lenient, 2);
        step(strict, 2);
        assertTrue(world(strict).fed().stressIndex() > 0.1,
                "gated funds raise stress (a 3-month average: two of its months gated)");
        assertTrue(cardDebt(strict) < 0.9 * cardDebt(lenient), "card debt " + cardDebt(lenient) + " -> " + cardDebt(strict));
        assertTrue(consumption(strict) < 0.9 * consumption(lenient));
    }

    private static int bottom(AiEconomySim sim) {
        return world(sim).households().account(HouseholdGroup.BOTTOM);
    }

    private static double consumption(AiEconomySim sim) {
        return world(sim).households().consumption(HouseholdGroup.BOTTOM);
    }

    private static double deposits(AiEconomySim sim) {
        return world(sim).ledger().deposits(bottom(sim));
    }

    private static double cardDebt(AiEconomySim sim) {
        return world(sim).ledger().liabilities(bottom(sim), Instrument.CONSUMER_CREDIT);
    }
}
