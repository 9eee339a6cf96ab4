package org.aibubble.sim.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.aibubble.agents.config.HouseholdGroup;
import org.aibubble.agents.economy.Economy;
import org.aibubble.agents.households.HouseholdSector;

import ec.util.MersenneTwisterFast;

/** Per-household net worth from the economy's household sector, sampled with the GUI's random stream. */
final class EconomyHouseholds implements HouseholdWealth {
    @Override
    public List<String> groupNames(Economy economy) {
        List<String> names = new ArrayList<>();
        for (HouseholdGroup group : HouseholdGroup.values()) {
            names.add(group.name().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    @Override
    public double[] sampleNetWorth(Economy economy, int group, int sample, MersenneTwisterFast random) {
        HouseholdSector households = economy.world().households();
        HouseholdGroup chosen = HouseholdGroup.values()[group];
        int first = households.firstIndex(chosen);
        int count = households.endIndex(chosen) - first;
        if (count <= 0) {
            return new double[0];
        }
        double[] wealth = new double[Math.min(sample, count)];
        for (int i = 0; i < wealth.length; i++) {
            int index = wealth.length == count ? first + i : first + random.nextInt(count);
            wealth[i] = households.view(index).wealth();
        }
        return wealth;
    }
}
