package org.aibubble.sim.gui;

import java.util.List;

import org.aibubble.agents.economy.Economy;

import ec.util.MersenneTwisterFast;

/** PROTOTYPE ONLY until the economy lands. */
final class TemporaryWealth implements HouseholdWealth {
    @Override
    public List<String> groupNames(Economy economy) {
        return List.of("top", "middle", "bottom");
    }

    @Override
    public double[] sampleNetWorth(Economy economy, int group, int sample, MersenneTwisterFast random) {
        double[] v = new double[sample];
        for (int i = 0; i < sample; i++) {
            v[i] = Math.exp(13 - 2 * group + random.nextGaussian());
        }
        return v;
    }
}
