package org.aibubble.sim.checkpoint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.aibubble.sim.engine.AiEconomySim;
import org.aibubble.sim.run.ProgressListener;

/**
 * Saves the whole economy into a checkpoint file right after a given month is recorded (the
 * {@code run --checkpoint-at M} option). It collects the rows as they come, so the checkpoint holds
 * the series up to and including month {@code M}. A failure to save does not stop the run; it is kept
 * for the command to report after the run.
 */
public final class CheckpointListener implements ProgressListener {
    private final AiEconomySim sim;
    private final int month;
    private final Path file;
    private final String toolVersion;
    private final List<double[]> rows = new ArrayList<>();
    private CheckpointHeader written;
    private CheckpointException failure;

    /**
     * @param sim         the running model
     * @param month       the month (0-based) after which to save
     * @param file        the checkpoint file to write
     * @param toolVersion the version of this tool, for the header
     */
    public CheckpointListener(AiEconomySim sim, int month, Path file, String toolVersion) {
        this.sim = sim;
        this.month = month;
        this.file = file;
        this.toolVersion = toolVersion;
    }

    @Override
    public void monthDone(int monthsDone, int totalMonths, List<String> columns, double[] row) {
        if (written != null || failure != null) {
            return;
        }
        rows.add(row.clone());
        if (monthsDone == month + 1) {
            try {
                written = CheckpointFile.write(file, new SavedEconomy(sim, columns, rows.toArray(new double[0][])),
                        toolVersion);
            } catch (CheckpointException e) {
                failure = e;
            }
            rows.clear();
        }
    }

    /** @return the header written, or null if the month was not reached or the save failed */
    public CheckpointHeader written() {
        return written;
    }

    /** @return why the save failed, or null */
    public CheckpointException failure() {
        return failure;
    }
}
