package org.aibubble.sim.mechanisms;

import static org.aibubble.sim.mechanisms.MechanismRuns.start;
import static org.aibubble.sim.mechanisms.MechanismRuns.step;
import static org.aibubble.sim.mechanisms.MechanismRuns.stepped;
import static org.aibubble.sim.mechanisms.MechanismRuns.world;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.config.EventType;
import org.aibubble.agents.economy.World;
import org.aibubble.agents.firms.Hyperscaler;
import org.aibubble.sim.engine.AiEconomySim;
import org.junit.jupiter.api.Test;

/** The bond market (path plus term premium, spreads), the compute price and equity price formation. */
class RatesAndMarketsTest {
    /** Equity moves without news, so only the households' demand moves prices. */
    private static final String NO_NOISE = "markets.equityNoise=0";
    private static final String NO_FUNDAMENTALIST_NOISE = "markets.fundamentalistNoise=0";
    private static final String NO_TREND_NOISE = "markets.trendNoise=0";
    /** AI value flat: no premium for extrapolated AI revenue, so the price rules are seen on a still value. */
    private static final String FLAT_AI = "markets.aiGrowthPremium=0";

    @Test
    void theTenYearYieldIsTheExpectedPolicyPathPlusTheTermPremium() {
        World low = world(start("fed.policyRate0=0.03"));
        World high = world(start("fed.policyRate0=0.05"));
        double pathFactor = (1 - Math.exp(-0.5 * 10)) / (0.5 * 10);
        assertEquals(0.02 * pathFactor, high.bonds().yield10y() - low.bonds().yield10y(), 1e-12,
                "a policy rate 2pp higher lifts the 10-year by the share of the path it persists");
        assertEquals(0.01, low.bonds().termPremium(), 1e-12);
    }

    @Test
    void aTermPremiumShockRaisesTheTenYearByTheShockForItsDuration() {
        AiEconomySim calm = start();
        AiEconomySim shocked = start();
        world(shocked).events().fireNow(EventType.TERM_PREMIUM_SHOCK, 0.015, 2);
        step(calm, 1);
        step(shocked, 1);
        assertEquals(world(calm).fed().policyRate(), world(shocked).fed().policyRate(), 0.0);
        assertEquals(0.015, world(shocked).bonds().yield10y() - world(calm).bonds().yield10y(), 1e-12);
        assertEquals(0.015, world(shocked).bonds().termPremium() - world(calm).bonds().termPremium(), 1e-12);
        step(calm, 3);
        step(shocked, 3);
        assertEquals(world(calm).bonds().termPremium(), world(shocked).bonds().termPremium(), 1e-12,
                "the shock is over after its duration");
    }

    @Test
    void spreadsRiseWithLeverageAndWithStress() {
        World w = world(start());
        assertEquals(0.004, w.bonds().spread(2) - w.bonds().spread(1), 1e-12, "leverageSpread per turn of leverage");
        Hyperscaler cashRich = w.hyperscalers().get(0);
        Hyperscaler builder = w.hyperscalers().get(4);
        assertTrue(builder.leverage() > cashRich.leverage() && builder.spread() > cashRich.spread(),
                "the leveraged builder pays more: " + builder.spread() + " vs " + cashRich.spread());

        World calm = world(stepped(6));
        AiEconomySim wave = start();
        world(wave).events().fireNow(EventType.REDEMPTION_WAVE, 0.4, 12);
        step(wave, 6);
        World stressed = world(wave);
        double moreStress = stressed.fed().stressIndex() - calm.fed().stressIndex();
        assertTrue(moreStress > 0.1, "gated funds raise the stress index by " + moreStress);
        assertEquals(0.03 * moreStress, stressed.bonds().spread(1) - calm.bonds().spread(1), 1e-12,
                "stressSpread per unit of stress");
    }

    @Test
    void theComputePriceRisesWhenDemandExceedsCapacityAndFallsInAGlut() {
        double[] tight = pricePath("labs.behaviour.trainingGrowth=10");
        double[] glut = pricePath("labs.behaviour.trainingGrowth=1");
        double[] frozen = pricePath("labs.behaviour.trainingGrowth=10", "markets.computePriceElasticity=0");
        assertTrue(tight[5] > tight[3] * 1.02,
                "training demand racing ahead of capacity: " + tight[3] + " -> " + tight[5]);
        assertTrue(glut[5] < glut[0] * 0.95, "capacity growing faster than demand: " + glut[0] + " -> " + glut[5]);
        assertEquals(frozen[0], frozen[5], 0.0, "no elasticity, no move");
    }

    @Test
    void anEfficiencyShockHalvesTheComputePrice() {
        AiEconomySim calm = start();
        AiEconomySim shocked = start();
        double before = world(shocked).compute().price();
        world(shocked).events().fireNow(EventType.EFFICIENCY_SHOCK, 0.5, 1);
        assertEquals(0.5 * before, world(shocked).compute().price(), 1e-15);
        step(calm, 2);
        step(shocked, 2);
        double ratio = world(shocked).compute().price() / world(calm).compute().price();
        assertTrue(ratio < 0.6, "the price stays about half: " + ratio);
    }

    /** Paired with the same economy without fundamentalists, so that the other moves of value cancel. */
    @Test
    void fundamentalistsMovePricesTowardsFundamentalValue() {
        double over = aiIndexAfterTwoMonths(0.3, 0.015);
        double under = aiIndexAfterTwoMonths(-0.3, 0.015);
        double overStill = aiIndexAfterTwoMonths(0.3, 0);
        double underStill = aiIndexAfterTwoMonths(-0.3, 0);
        assertTrue(over < overStill, "overpriced falls: " + over + " vs " + overStill + " without fundamentalists");
        assertTrue(under > underStill, "underpriced rises: " + under + " vs " + underStill + " without fundamentalists");
        assertTrue(under - over > 5 * Math.abs(underStill - overStill),
                "the gap comes from fundamentalists: " + (under - over) + " vs " + (underStill - overStill));
    }

    private static double aiIndexAfterTwoMonths(double mispricing, double fundamentalistReaction) {
        return world(stepped(2, NO_NOISE, NO_FUNDAMENTALIST_NOISE, NO_TREND_NOISE, FLAT_AI, "markets.initialMispricing=" + mispricing, "markets.trendReaction=0",
                "markets.fundamentalistReaction=" + fundamentalistReaction)).equity().aiIndex();
    }

    /**
     * The return decomposition: without demand noise the exogenous part of the broad return is the news part;
     * with the news off it is the demand noise's, and with both off there is none.
     */
    @Test
    void theNoiseReturnIsTheNewsAndTheRulesDemandNoise() {
        World both = world(stepped(3));
        assertTrue(Math.abs(both.equity().broadNoiseReturn() - both.equity().broadNewsReturn()) > 1e-6,
                "the demand noise adds to the news: " + both.equity().broadNoiseReturn() + " vs "
                        + both.equity().broadNewsReturn());
        World newsOnly = world(stepped(3, NO_FUNDAMENTALIST_NOISE, NO_TREND_NOISE));
        assertEquals(newsOnly.equity().broadNewsReturn(), newsOnly.equity().broadNoiseReturn(), 1e-15);
        World noiseOnly = world(stepped(3, NO_NOISE));
        assertEquals(0.0, noiseOnly.equity().broadNewsReturn(), 1e-15);
        assertTrue(Math.abs(noiseOnly.equity().broadNoiseReturn()) > 1e-6, "" + noiseOnly.equity().broadNoiseReturn());
        World neither = world(stepped(3, NO_NOISE, NO_FUNDAMENTALIST_NOISE, NO_TREND_NOISE));
        assertEquals(0.0, neither.equity().broadNoiseReturn(), 1e-15);
    }

    @Test
    void trendFollowersMakeAMovePersist() {
        double[] without = aiIndexPath(0);
        double[] with = aiIndexPath(2);
        assertEquals(without[0], with[0], 1e-12, "no momentum yet in the first month");
        double fallWithout = without[0] - without[8];
        double fallWith = with[0] - with[8];
        assertTrue(fallWith > 1.5 * fallWithout && fallWithout > 0,
                "momentum carries the fall on: " + fallWithout + " vs " + fallWith);
    }

    /** @return the compute price at the start and after each of five months */
    private static double[] pricePath(String... sets) {
        AiEconomySim sim = start(sets);
        double[] path = new double[6];
        path[0] = world(sim).compute().price();
        for (int m = 1; m < path.length; m++) {
            step(sim, 1);
            path[m] = world(sim).compute().price();
        }
        return path;
    }

    private static double[] aiIndexPath(double trendReaction) {
        AiEconomySim sim = start(NO_NOISE, NO_FUNDAMENTALIST_NOISE, NO_TREND_NOISE, FLAT_AI, "markets.initialMispricing=0.3",
                "markets.trendReaction=" + trendReaction);
        double[] path = new double[9];
        for (int m = 0; m < path.length; m++) {
            step(sim, 1);
            path[m] = world(sim).equity().aiIndex();
        }
        return path;
    }
}
