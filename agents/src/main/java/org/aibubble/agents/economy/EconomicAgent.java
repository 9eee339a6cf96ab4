package org.aibubble.agents.economy;

import java.util.List;

/** An agent with an account in the ledger: a MASON {@code Steppable} with a name and a state of health. */
public interface EconomicAgent {
    /** @return the display name, e.g. {@code hyperscaler:h5} */
    String name();

    /** @return the ledger account id */
    int account();

    /** @return how the agent is doing now */
    Distress distress();

    /** @return the agent's most recent decisions, newest last, for inspectors */
    List<String> recentDecisions();
}
