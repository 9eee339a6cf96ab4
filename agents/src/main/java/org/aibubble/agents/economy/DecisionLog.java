package org.aibubble.agents.economy;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The last few decisions of an agent, kept for inspectors. */
public final class DecisionLog implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int KEEP = 12;

    private final Deque<String> entries = new ArrayDeque<>();

    /** Records one decision for {@code month}. */
    public void add(long month, String decision) {
        if (entries.size() == KEEP) {
            entries.removeFirst();
        }
        entries.addLast("m" + month + ": " + decision);
    }

    /** @return the kept decisions, oldest first */
    public List<String> list() {
        return new ArrayList<>(entries);
    }
}
