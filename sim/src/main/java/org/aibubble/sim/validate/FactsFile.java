package org.aibubble.sim.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.aibubble.agents.config.ParameterException;

/**
 * A facts file ({@code configs/validation/facts.yaml}): the stylized facts an ensemble is scored on.
 * Bound strictly like a config (unknown, missing and mistyped keys are errors naming the key path).
 *
 * @param description what the file holds, in words
 * @param facts       the facts, at least one, with unique ids
 */
public record FactsFile(String description, List<Fact> facts) {
    /** The default facts file, relative to the working folder. */
    public static final String DEFAULT = "configs/validation/facts.yaml";

    /** Validates and copies the list. */
    public FactsFile {
        if (facts.isEmpty()) {
            throw new ParameterException("facts", "[]", "must list at least one fact");
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < facts.size(); i++) {
            if (!ids.add(facts.get(i).id())) {
                throw new ParameterException("facts[" + i + "].id", "\"" + facts.get(i).id() + "\"",
                        "must be unique in the file");
            }
        }
        facts = List.copyOf(facts);
    }
}
