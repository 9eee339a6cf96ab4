package org.aibubble.sim.output;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import org.aibubble.sim.run.ProgressListener;
import org.aibubble.sim.run.RunResult;
import org.aibubble.sim.run.RunStatus;

/**
 * Records one run into its {@link RunFolder}: writes {@code config.yaml} and a {@code running}
 * manifest first, streams {@code series.csv} month by month (as a {@link ProgressListener}), and at
 * the end writes {@code summary.json} (complete runs only) and the final manifest ({@code complete}
 * or {@code failed} with the error). A failed run keeps its partial series.
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
     * @param columns      the series columns
     * @return a recorder ready for the first month
     * @throws IOException when a file cannot be written
     */
    public static RunRecorder begin(RunFolder folder, Manifest manifest, byte[] resolvedYaml, List<String> columns)
            throws IOException {
        folder.writeManifest(manifest);
        folder.writeConfig(resolvedYaml);
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
     * Closes the series and writes the summary and the final manifest.
     *
     * @param result the run's result
     * @param end    when the run ended
     * @return the status written: failed if the run failed or a file could not be written
     */
    public synchronized RunStatus finish(RunResult result, Instant end) {
        if (ended) {
            return manifest.status();
        }
        closeSeries();
        RunStatus status = result.status();
        String error = result.error();
        if (writeFailure != null && status == RunStatus.COMPLETE) {
            status = RunStatus.FAILED;
            error = "cannot write " + folder.file(RunFolder.SERIES) + ": " + writeFailure.getMessage();
        }
        if (status == RunStatus.COMPLETE) {
            try {
                folder.writeSummary(result.summary());
            } catch (IOException e) {
                status = RunStatus.FAILED;
                error = "cannot write " + folder.file(RunFolder.SUMMARY) + ": " + e.getMessage();
            }
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
            return RunStatus.FAILED;
        }
        return status;
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
