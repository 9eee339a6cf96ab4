package org.aibubble.agents.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MacroDrawsTest {
    private static final String[] AGENTS = {"lab:a", "lab:b", "fund:x", "equity-market", "ai-demand"};

    private record Key(String agent, MacroDecision decision, long month, long index) {
    }

    private static double draw(DrawSeed seed, Key k) {
        MacroDraws draws = seed.forAgent(k.agent());
        return k.decision().kind() == MacroDecision.Kind.UNIFORM
                ? draws.uniform(k.decision(), k.month())
                : draws.gaussian(k.decision(), k.month(), k.index());
    }

    private static List<Key> keys() {
        List<Key> keys = new ArrayList<>();
        for (String agent : AGENTS) {
            for (MacroDecision d : MacroDecision.values()) {
                for (long month = 0; month < 24; month++) {
                    long indices = d.kind() == MacroDecision.Kind.UNIFORM ? 1 : 3;
                    for (long index = 0; index < indices; index++) {
                        keys.add(new Key(agent, d, month, index));
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void aDrawDependsOnlyOnItsKeyNotOnOtherDrawsOrTheirOrder() {
        List<Key> keys = keys();
        DrawSeed inOrder = new DrawSeed(42);
        Map<Key, Double> reference = new HashMap<>();
        for (Key k : keys) {
            reference.put(k, draw(inOrder, k));
        }
        Random shuffle = new Random(7);
        for (int trial = 0; trial < 5; trial++) {
            List<Key> subset = new ArrayList<>(keys);
            Collections.shuffle(subset, shuffle);
            subset = subset.subList(0, subset.size() / (trial + 2));
            DrawSeed other = new DrawSeed(42);
            MacroDraws repeated = other.forAgent("lab:a");
            for (Key k : subset) {
                repeated.uniform(MacroDecision.ROUND, 3);
                assertEquals(reference.get(k), draw(other, k), k.toString());
                assertEquals(reference.get(k), draw(other, k), "drawn twice: " + k);
            }
        }
    }

    @Test
    void seedAgentDecisionMonthAndIndexEachChangeTheDraw() {
        DrawSeed seed = new DrawSeed(42);
        double base = seed.forAgent("fund:x").gaussian(MacroDecision.REDEMPTION_NOISE, 5, 1);
        assertNotEquals(base, new DrawSeed(43).forAgent("fund:x").gaussian(MacroDecision.REDEMPTION_NOISE, 5, 1));
        assertNotEquals(base, seed.forAgent("fund:y").gaussian(MacroDecision.REDEMPTION_NOISE, 5, 1));
        assertNotEquals(base, seed.forAgent("fund:x").gaussian(MacroDecision.FIRM_NEWS, 5, 1));
        assertNotEquals(base, seed.forAgent("fund:x").gaussian(MacroDecision.REDEMPTION_NOISE, 6, 1));
        assertNotEquals(base, seed.forAgent("fund:x").gaussian(MacroDecision.REDEMPTION_NOISE, 5, 0));
    }

    @Test
    void reseedingKeysLaterDrawsByTheNewSeed() {
        DrawSeed seed = new DrawSeed(42);
        MacroDraws lab = seed.forAgent("lab:a");
        seed.reseed(99);
        assertEquals(new DrawSeed(99).forAgent("lab:a").uniform(MacroDecision.ROUND, 10), lab.uniform(MacroDecision.ROUND, 10));
    }

    @Test
    void theRecorderSeesEveryDrawWithItsKey() {
        DrawSeed seed = new DrawSeed(1);
        List<String> seen = new ArrayList<>();
        seed.recordTo((agent, decision, month, index, value) -> seen.add(agent + " " + decision + " " + month + " " + index + " " + value));
        double v = seed.forAgent("equity-market").gaussian(MacroDecision.FIRM_NEWS, 4, 2);
        assertEquals(List.of("equity-market FIRM_NEWS 4 2 " + v), seen);
    }

    @Test
    void gaussiansHaveTheMomentsOfAStandardNormalAndUniformsOfU01() {
        MacroDraws draws = new DrawSeed(3).forAgent("ai-demand");
        int n = 200_000;
        double sum = 0;
        double sumSq = 0;
        double uniformSum = 0;
        for (int month = 0; month < n; month++) {
            double z = draws.gaussian(MacroDecision.BREAKTHROUGH, month);
            sum += z;
            sumSq += z * z;
            double u = draws.uniform(MacroDecision.ROUND, month);
            assertTrue(u >= 0 && u < 1);
            uniformSum += u;
        }
        assertEquals(0, sum / n, 0.01);
        assertEquals(1, sumSq / n, 0.01);
        assertEquals(0.5, uniformSum / n, 0.005);
    }

    @Test
    void aDecisionDrawsOnlyFromItsOwnDistribution() {
        MacroDraws draws = new DrawSeed(3).forAgent("lab:a");
        assertThrows(IllegalArgumentException.class, () -> draws.gaussian(MacroDecision.ROUND, 1));
        assertThrows(IllegalArgumentException.class, () -> draws.uniform(MacroDecision.AI_NEWS, 1));
    }

    @Test
    void streamNumbersAreDistinct() {
        assertEquals(MacroDecision.values().length,
                java.util.Arrays.stream(MacroDecision.values()).mapToInt(MacroDecision::stream).distinct().count());
    }
}
