package org.aibubble.sim.gui;

import java.util.List;

import org.aibubble.agents.economy.Economy;

import ec.util.MersenneTwisterFast;

/** Where the household histogram reads per-household net worth from. */
interface HouseholdWealth {
    /** @return the household groups' names, in config order */
    List<String> groupNames(Economy economy);

    /**
     * @param economy the economy
     * @param group   the group index
     * @param sample  at most this many households
     * @param random  the GUI's random stream, to pick households (never the model's)
     * @return net worth of the sampled households, USD each
     */
    double[] sampleNetWorth(Economy economy, int group, int sample, MersenneTwisterFast random);
}
