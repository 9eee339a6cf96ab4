package org.aibubble.agents.config;

import java.io.Serializable;

/**
 * Where an agent reads its parameters each time it decides, for parameters a branch may change
 * between months (the {@code branch} command replaces the config): the agent holds
 * the source, never the whole config. Serializable, so checkpoints keep it.
 *
 * @param <T> the parameter record
 */
@FunctionalInterface
public interface ParamsSource<T> extends Serializable {
    /** @return the parameters in force now */
    T get();
}
