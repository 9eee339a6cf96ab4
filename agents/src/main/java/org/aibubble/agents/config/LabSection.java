package org.aibubble.agents.config;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The model labs, their shared behaviour and the adoption of AI they sell into.
 *
 * @param firms     one profile per lab (at least one)
 * @param behaviour shared spending and funding behaviour
 * @param adoption  adoption, token demand and efficiency
 */
public record LabSection(List<LabParams> firms, LabBehaviour behaviour, AdoptionParams adoption)
        implements Serializable {
    /** Validates the list and that ids are unique. */
    public LabSection {
        firms = Require.atLeast("firms", firms, 1);
        Require.present("behaviour", behaviour);
        Require.present("adoption", adoption);
        Set<String> ids = new HashSet<>();
        for (LabParams l : firms) {
            if (!ids.add(l.id())) {
                throw new ParameterException("firms[*].id", l.id(), "ids must be unique");
            }
        }
    }
}
