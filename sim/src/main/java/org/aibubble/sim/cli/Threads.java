package org.aibubble.sim.cli;

import org.aibubble.sim.config.ConfigException;

/**
 * The {@code --threads} option of {@code run} and {@code bench}: how many threads run the household slices.
 * Results do not depend on it (fixed slices, counter-based draws, totals added in slice order), only speed does.
 * The default is one thread per available core.
 */
final class Threads {
    /** The largest thread count accepted. */
    static final int MAX = 256;

    private Threads() {
    }

    /**
     * @param option the {@code --threads} value, or null when not given
     * @return the thread count to use
     * @throws ConfigException when the value is outside {@code [1, MAX]}
     */
    static int resolve(Integer option) throws ConfigException {
        int threads = option == null ? Runtime.getRuntime().availableProcessors() : option;
        if (threads < 1 || threads > MAX) {
            throw ConfigException.of("--threads", Integer.toString(threads), "must be an integer in [1, " + MAX + "]");
        }
        return threads;
    }
}
