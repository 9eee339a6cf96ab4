package org.aibubble.agents.config;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The private-credit funds and their shared behaviour.
 *
 * @param funds     one profile per fund (at least one)
 * @param behaviour shared behaviour
 */
public record CreditSection(List<FundParams> funds, FundBehaviour behaviour) implements Serializable {
    /** Validates the list and that ids are unique. */
    public CreditSection {
        funds = Require.atLeast("funds", funds, 1);
        Require.present("behaviour", behaviour);
        Set<String> ids = new HashSet<>();
        for (FundParams f : funds) {
            if (!ids.add(f.id())) {
                throw new ParameterException("funds[*].id", f.id(), "ids must be unique");
            }
        }
    }
}
