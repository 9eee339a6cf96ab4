package org.aibubble.agents.firms.rules;

/** What a hyperscaler sees of its rivals in the arms race: their average published capex growth. */
public final class ArmsRace {
    private ArmsRace() {
    }

    /**
     * @param published each hyperscaler's capex growth as published when last month settled, in config order
     * @param self      the index of the firm that looks
     * @return the average of the others' growth (0 without rivals)
     */
    public static double rivalGrowth(double[] published, int self) {
        double total = 0;
        int count = 0;
        for (int i = 0; i < published.length; i++) {
            if (i != self) {
                total += published[i];
                count++;
            }
        }
        return count == 0 ? 0 : total / count;
    }
}
