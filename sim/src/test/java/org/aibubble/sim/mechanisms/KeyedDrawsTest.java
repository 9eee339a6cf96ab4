package org.aibubble.sim.mechanisms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.config.RunSettings;
import org.aibubble.agents.parallel.MacroDecision;
import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.engine.AiEconomySim;
import org.junit.jupiter.api.Test;

/**
 * Every macro draw is keyed by (seed, agent, decision, month, index): two runs that differ in one place
 * draw the same value wherever they draw under the same key, so paired scenarios and branches compare
 * policies under common luck. Each test first checks that the two runs do make different draws (a lab
 * seeks rounds in other months), so that a shared random stream, which every extra draw shifts, fails it.
 */
class KeyedDrawsTest {
    private static final int MONTHS = 60;
    private static final int HOUSEHOLDS = 1000;
    private static final long SEED = 5;
    /** The decisions drawn whatever happens (every month, or every quarter end for the funds). */
    private static final Set<MacroDecision> UNCONDITIONAL = Set.of(MacroDecision.AI_NEWS, MacroDecision.FIRM_NEWS,
            MacroDecision.BREAKTHROUGH, MacroDecision.REDEMPTION_NOISE);

    private record Key(String agent, MacroDecision decision, long month, long index) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            return toString().compareTo(o.toString());
        }
    }

    /** Every macro draw of one run, in the order made. */
    private static final class Draws {
        final Map<Key, Double> values = new LinkedHashMap<>();
        final List<Key> order = new ArrayList<>();

        void add(Key key, double value) {
            Double before = values.put(key, value);
            assertTrue(before == null, "drawn twice under one key: " + key);
            order.add(key);
        }

        Set<Key> keys(Predicate<Key> which) {
            Set<Key> keys = new TreeSet<>();
            values.keySet().stream().filter(which).forEach(keys::add);
            return keys;
        }
    }

    private static Draws record(AiEconomySim sim, int months) {
        Draws draws = new Draws();
        sim.economy().recordDrawsTo((agent, decision, month, index, value) ->
                draws.add(new Key(agent, decision, month, index), value));
        MechanismRuns.step(sim, months);
        return draws;
    }

    private static AiEconomySim started(ModelConfig config) {
        AiEconomySim sim = new AiEconomySim(config.withRun(new RunSettings(config.run().seed(), MONTHS,
                config.run().start(), HOUSEHOLDS)));
        sim.start();
        return sim;
    }

    /** @return how many keys both runs drew under, after checking that each such draw is equal in both */
    private static int assertSharedDrawsEqual(Draws a, Draws b, Predicate<Key> which) {
        int shared = 0;
        for (Map.Entry<Key, Double> e : a.values.entrySet()) {
            Double other = b.values.get(e.getKey());
            if (other != null && which.test(e.getKey())) {
                assertEquals(e.getValue(), other, 0.0, "draw " + e.getKey());
                shared++;
            }
        }
        return shared;
    }

    private static Predicate<Key> rounds(String agent) {
        return k -> k.agent().equals(agent) && k.decision() == MacroDecision.ROUND;
    }

    @Test
    void aParameterOfOneLabLeavesEveryOtherAgentsDrawsAsTheyWere() {
        Draws base = record(started(MechanismRuns.config(SEED)), MONTHS);
        Draws changed = record(started(MechanismRuns.config(SEED, "labs.firms[3].talentCost=6")), MONTHS);
        assertNotEquals(base.keys(rounds("lab:l4")), changed.keys(rounds("lab:l4")),
                "l4 seeks rounds in other months (else the test could not tell keyed draws from a shared stream)");
        Predicate<Key> others = k -> !k.agent().equals("lab:l4");
        int shared = assertSharedDrawsEqual(base, changed, others);
        assertEquals(base.keys(k -> UNCONDITIONAL.contains(k.decision())),
                changed.keys(k -> UNCONDITIONAL.contains(k.decision())), "the draws made whatever happens");
        assertTrue(shared > 8 * MONTHS, "shared draws of the other agents: " + shared);
        assertSharedDrawsEqual(base, changed, k -> true);
    }

    @Test
    void aScenarioWithAnEventSharesEveryDrawBeforeItAndEveryCommonKeyAfter() throws ConfigException {
        ModelConfig shockConfig = new ConfigLoader().load(Path.of("..", "configs", "scenarios", "efficiency-shock.yaml"));
        Draws base = record(started(MechanismRuns.config(SEED)), MONTHS);
        Draws shock = record(started(shockConfig.withRun(MechanismRuns.config(SEED).run())), MONTHS);
        int eventMonth = 18;
        Predicate<Key> before = k -> k.month() < eventMonth;
        Predicate<Key> after = before.negate();
        Predicate<Key> labRounds = k -> k.decision() == MacroDecision.ROUND;
        assertNotEquals(base.keys(labRounds.and(after)), shock.keys(labRounds.and(after)),
                "the labs seek rounds in other months after the shock");
        assertEquals(base.order.stream().filter(before).toList(), shock.order.stream().filter(before).toList(),
                "the same draws in the same order before the event");
        assertSharedDrawsEqual(base, shock, before);
        for (String agent : List.of("equity-market", "ai-demand", "fund:f1")) {
            Predicate<Key> its = k -> k.agent().equals(agent);
            assertEquals(base.keys(its), shock.keys(its), agent + " draws under the same keys");
            assertTrue(assertSharedDrawsEqual(base, shock, its.and(after)) > 0, agent);
        }
        assertSharedDrawsEqual(base, shock, after);
    }

    @Test
    void aReseededBranchDrawsWhatAStraightRunOfThatSeedDraws() {
        int branchMonth = 24;
        long continuationSeed = 1234;
        AiEconomySim branch = started(MechanismRuns.config(SEED));
        MechanismRuns.step(branch, branchMonth);
        branch.economy().reseed(continuationSeed);
        Draws afterBranch = record(branch, MONTHS - branchMonth);
        Draws straight = record(started(MechanismRuns.config(continuationSeed)), MONTHS);
        Predicate<Key> after = k -> k.month() >= branchMonth;
        assertEquals(afterBranch.keys(k -> UNCONDITIONAL.contains(k.decision())),
                straight.keys(k -> UNCONDITIONAL.contains(k.decision()) && after.test(k)));
        int shared = assertSharedDrawsEqual(afterBranch, straight, after);
        assertTrue(shared > 8 * (MONTHS - branchMonth), "shared draws: " + shared);
    }
}
