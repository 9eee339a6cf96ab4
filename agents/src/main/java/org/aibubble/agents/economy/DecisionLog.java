package org.aibubble.agents.economy;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The last few decisions of an agent, kept for inspectors; every decision is also logged at INFO
 * (a run's {@code run.log}: capex cuts, bond issues, rounds, failures, gates, Fed tiers and moves).
 */
public final class DecisionLog implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int KEEP = 12;
    private static final Logger LOG = LogManager.getLogger(DecisionLog.class);

    private final String owner;
    private final Deque<String> entries = new ArrayDeque<>();

    /** @param owner the agent's display name, which prefixes its log lines */
    public DecisionLog(String owner) {
        this.owner = owner;
    }

    /** Records one decision for {@code month}. */
    public void add(long month, String decision) {
        if (entries.size() == KEEP) {
            entries.removeFirst();
        }
        entries.addLast("m" + month + ": " + decision);
        LOG.info("{}: {}", owner, decision);
    }

    /** @return the kept decisions, oldest first */
    public List<String> list() {
        return new ArrayList<>(entries);
    }
}
