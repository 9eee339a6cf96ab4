package org.aibubble.sim.config;

import java.util.List;

import org.aibubble.agents.config.EventType;
import org.aibubble.agents.config.Require;

/**
 * A small record tree shaped like the sections the model will have (a list of funds with shares,
 * counts, enums), to test the loader's paths and messages independently of the current model.
 */
record FixtureConfig(PrivateCredit privateCredit, Households households) {
    record PrivateCredit(List<Fund> funds) {
    }

    record Fund(String name, double gate, int loans, EventType stress) {
        Fund {
            Require.share("gate", gate);
            Require.inRange("loans", loans, 0, 10_000);
        }
    }

    record Households(List<Group> groups) {
    }

    record Group(String name, double populationShare) {
        Group {
            Require.share("populationShare", populationShare);
        }
    }
}
