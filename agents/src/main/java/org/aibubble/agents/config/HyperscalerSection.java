package org.aibubble.agents.config;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The hyperscalers and their shared capex behaviour.
 *
 * @param firms   one profile per hyperscaler (at least one)
 * @param capex   shared capex and depreciation parameters
 * @param funding shared funding and default parameters
 */
public record HyperscalerSection(List<HyperscalerParams> firms, CapexParams capex, FundingParams funding)
        implements Serializable {
    /** Validates the list and that ids are unique. */
    public HyperscalerSection {
        firms = Require.atLeast("firms", firms, 1);
        Require.present("capex", capex);
        Require.present("funding", funding);
        Set<String> ids = new HashSet<>();
        for (HyperscalerParams h : firms) {
            if (!ids.add(h.id())) {
                throw new ParameterException("firms[*].id", h.id(), "ids must be unique");
            }
        }
    }
}
