package org.aibubble.sim.output;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.aibubble.sim.run.ProgressListener;
import org.aibubble.sim.run.RunResult;
import org.aibubble.sim.run.RunStatus;

/**
 * Records one run into its {@link RunFolder}: writes {@code config.yaml} and a {@code running}
 * manifest first, streams {@code series.csv} month by month (as a {@link ProgressListener}), and at
 * the end writes {@code summary.json} (complete runs only), then the rest of the folder (report,
 * checks of the run log and checkpoint: a {@link Completion}), and last the final manifest: {@code
 * complete} only when every file was written, else {@code failed} with the error. A failed run keeps
 * its partial series and has no {@code summary.json}.
 */
public final class RunRecorder implements ProgressListener {
    private final RunFolder folder;
    private final SeriesCsvWriter series;
    private Manifest manifest;
    private IOException writeFailure;
    private int monthsRecorded;
    private boolean ended;

    private RunRecorder(RunFolder folder, Manifest manifest, SeriesCsvWriter series) {
        this.folder = folder;
        this.manifest = manifest;
        this.series = series;
    }

    /**
     * @param folder       the run folder (new or empty)
     * @param manifest     the manifest with status running
     * @param resolvedYaml the resolved config
     * @param columns      the series columns (also written to {@code columns.json}, their data dictionary)
     * @return a recorder ready for the first month
     * @throws IOException when a file cannot be written
     */
    public static RunRecorder begin(RunFolder folder, Manifest manifest, byte[] resolvedYaml, List<String> columns)
            throws IOException {
        folder.writeManifest(manifest);
        folder.writeConfig(resolvedYaml);
        folder.writeColumns(columns);
        return new RunRecorder(folder, manifest, folder.openSeries(columns));
    }

    @Override
    public synchronized void monthDone(int monthsDone, int totalMonths, List<String> columns, double[] row) {
        monthsRecorded = monthsDone;
        if (writeFailure != null || ended) {
            return;
        }
        try {
            series.append(row);
        } catch (IOException e) {
            writeFailure = e;
        }
    }

    /**
     * The files of a completed run written after {@code summary.json} and before the final manifest.
     */
    @FunctionalInterface
    public interface Completion {
        /**
         * @return null when everything was written, else one line saying what could not be
         * @throws IOException when a file cannot be written
         */
        String write() throws IOException;
    }

    /**
     * Closes the series and writes the summary and the final manifest.
     *
     * @param result the run's result
     * @param end    when the run ended
     * @return the status written: failed if the run failed or a file could not be written
     */
    public synchronized RunStatus finish(RunResult result, Instant end) {
        return finish(result, end, () -> null);
    }

    /**
     * Closes the series, writes the summary, then {@code rest} (only for a run that completed so far),
     * then the final manifest: complete only when all of it was written. When the summary or
     * {@code rest} fails, the summary is removed and the manifest says failed with the error.
     *
     * @param result the run's result
     * @param end    when the run ended
     * @param rest   the remaining files of a completed run
     * @return the status written: failed if the run failed or a file could not be written
     */
    public synchronized RunStatus finish(RunResult result, Instant end, Completion rest) {
        if (ended) {
            return manifest.status();
        }
        closeSeries();
        RunStatus status = result.status();
        String error = result.error();
        if (writeFailure != null && status == RunStatus.COMPLETE) {
            status = RunStatus.FAILED;
            error = "cannot write " + folder.file(RunFolder.SERIES) + ": " + describe(writeFailure);
        }
        if (status == RunStatus.COMPLETE) {
            try {
                folder.writeSummary(result.summary());
            } catch (IOException e) {
                status = RunStatus.FAILED;
                error = "cannot write " + folder.file(RunFolder.SUMMARY) + ": " + describe(e);
            }
        }
        if (status == RunStatus.COMPLETE) {
            try {
                error = rest.write();
            } catch (IOException e) {
                error = "cannot write the run folder " + folder.dir() + ": " + describe(e);
            } catch (RuntimeException e) {
                error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            if (error != null) {
                status = RunStatus.FAILED;
            }
        }
        if (status != RunStatus.COMPLETE) {
            deleteQuietly(folder.file(RunFolder.SUMMARY));
        }
        return writeEnd(end, status, error, result.monthsRecorded());
    }

    /**
     * Closes the series and writes the final manifest; used directly when the run ended outside the
     * model (e.g. out of memory).
     *
     * @param end            when the run ended
     * @param status         the final status
     * @param error          why it failed, or null
     * @param monthsRecorded months recorded
     * @return the status written
     */
    public synchronized RunStatus writeEnd(Instant end, RunStatus status, String error, int monthsRecorded) {
        if (ended) {
            return manifest.status();
        }
        ended = true;
        closeSeries();
        manifest = manifest.finish(end, status, error, monthsRecorded);
        try {
            folder.writeManifest(manifest);
        } catch (IOException e) {
            String why = "cannot write " + folder.file(RunFolder.MANIFEST) + ": " + describe(e);
            manifest = manifest.finish(end, RunStatus.FAILED, status == RunStatus.COMPLETE ? why
                    : error + "; " + why, monthsRecorded);
            deleteQuietly(folder.file(RunFolder.SUMMARY));
            deleteQuietly(folder.file(RunFolder.MANIFEST + ".tmp"));
            try {
                folder.writeManifest(manifest);
            } catch (IOException again) {
                // The disk refuses even the manifest, which then still says running (never complete);
                // the console line says why.
                return RunStatus.FAILED;
            }
            return RunStatus.FAILED;
        }
        return status;
    }

    /** @return an I/O error in words, e.g. {@code No space left on device} */
    static String describe(IOException e) {
        String message = e.getMessage();
        if (e instanceof FileSystemException f && f.getReason() != null) {
            message = f.getReason();
        }
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing more can be done; the manifest says failed either way
            return;
        }
    }

    /**
     * Marks the run failed because the process is stopping before the run ended (called from a
     * shutdown hook, e.g. on Ctrl-C); does nothing once the run has ended.
     *
     * @param end when the process stopped
     */
    public synchronized void interrupted(Instant end) {
        writeEnd(end, RunStatus.FAILED, "interrupted at month " + monthsRecorded + " (the process was stopped)",
                monthsRecorded);
    }

    /** @return the manifest as last written */
    public synchronized Manifest manifest() {
        return manifest;
    }

    private void closeSeries() {
        try {
            series.close();
        } catch (IOException e) {
            if (writeFailure == null) {
                writeFailure = e;
            }
        }
    }

    /** @return the first failure writing the series, or null */
    public synchronized IOException writeFailure() {
        return writeFailure;
    }
}
