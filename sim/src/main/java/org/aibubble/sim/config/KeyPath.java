package org.aibubble.sim.config;

/** Builds the user-facing path of a config key, e.g. {@code privateCredit.funds[2].gate}. */
final class KeyPath {
    private KeyPath() {
    }

    /** @return {@code parent.key}, or {@code key} at the root */
    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** @return {@code parent[index]} */
    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
