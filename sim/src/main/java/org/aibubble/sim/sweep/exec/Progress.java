package org.aibubble.sim.sweep.exec;

/** Told how a batch of runs advances; shown as a bar on a terminal or as log lines otherwise. */
public interface Progress {
    /**
     * @param label   what runs, e.g. {@code sweep smoke (shard 1/2)}
     * @param total   runs in this folder
     * @param done    runs already recorded before this start (a resume)
     * @param failed  failed runs among them
     */
    void start(String label, long total, long done, long failed);

    /** One more run recorded; {@code failed} whether it failed. Called from worker threads. */
    void runFinished(boolean failed);

    /** No more runs will finish. */
    void finish();

    /** @return progress that shows nothing (tests, quiet runs) */
    static Progress silent() {
        return new Progress() {
            @Override
            public void start(String label, long total, long done, long failed) {
            }

            @Override
            public void runFinished(boolean failed) {
            }

            @Override
            public void finish() {
            }
        };
    }
}
