package org.aibubble.sim.gui;

/** The QE lever of the Model tab: leave QE to the Fed's rule, switch it off, or force it on. */
enum QeMode {
    /** QE when the Fed's tiered rule calls for it. */
    BY_RULE("by the Fed's rule"),
    /** No QE, whatever the rule says. */
    SWITCHED_OFF("switched off"),
    /** QE purchases every month, whatever the tier. */
    FORCED_ON("forced on");

    private final String label;

    QeMode(String label) {
        this.label = label;
    }

    /** @return the labels in ordinal order, for the inspector's pop-up list */
    static String[] labels() {
        QeMode[] modes = values();
        String[] labels = new String[modes.length];
        for (int i = 0; i < modes.length; i++) {
            labels[i] = modes[i].label;
        }
        return labels;
    }
}
