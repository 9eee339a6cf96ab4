package org.aibubble.sim.sweep.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.aibubble.sim.format.Csv;
import org.aibubble.sim.output.SeriesCsvWriter;
import org.aibubble.sim.sweep.table.AtomicFile;

/**
 * The monthly series of each run of a sweep that keeps them: {@code series/run-NNNNNN.csv} (the run
 * id, zero-padded to 6 digits), one row per month in the format of a run folder's
 * {@code series.csv}, written whole before the run's row in
 * {@code runs.csv}.
 */
public final class SeriesFiles {
    /** The sub-folder that holds the series. */
    public static final String FOLDER = "series";

    private final Path folder;

    /** @param sweepFolder the sweep's folder; the series go to its {@value #FOLDER} sub-folder */
    public SeriesFiles(Path sweepFolder) throws IOException {
        this.folder = Files.createDirectories(sweepFolder.resolve(FOLDER));
    }

    /** @return the file name of run {@code runId}'s series */
    public static String fileName(long runId) {
        return String.format("run-%06d.csv", runId);
    }

    /** Writes the series of a finished run. */
    public void write(long runId, RunOutcome outcome) throws IOException {
        StringBuilder sb = new StringBuilder(Csv.line(outcome.seriesColumns())).append('\n');
        for (double[] row : outcome.seriesRows()) {
            sb.append(SeriesCsvWriter.line(row)).append('\n');
        }
        AtomicFile.write(folder.resolve(fileName(runId)), sb.toString());
    }
}
