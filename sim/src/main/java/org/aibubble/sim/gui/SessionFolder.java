package org.aibubble.sim.gui;

import java.io.IOException;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import org.aibubble.sim.config.ConfigWriter;
import org.aibubble.sim.engine.AiEconomySim;
import org.aibubble.sim.output.RunFolder;
import org.aibubble.sim.output.SeriesCsvWriter;

/**
 * The run folder of a GUI session ({@code gui --out DIR}): {@code series.csv} month by month and
 * {@code config.yaml} with every intervention so far recorded as a scenario event
 * ({@link AiEconomySim#recordedConfig()}), rewritten after each month, so that {@code run} on that
 * config replays the session. A restart of the model starts the series again.
 */
public final class SessionFolder implements AiEconomySim.MonthListener {
    private static final Logger LOG = LogManager.getLogger(SessionFolder.class);

    private final RunFolder folder;
    private final AiEconomySim model;
    private SeriesCsvWriter series;
    private boolean failed;

    /**
     * @param folder the (new or empty) folder to write
     * @param model  the model the GUI runs
     */
    public SessionFolder(RunFolder folder, AiEconomySim model) {
        this.folder = folder;
        this.model = model;
    }

    @Override
    public void started() {
        try {
            close();
            series = folder.openSeries(model.economy().seriesColumns());
            folder.writeColumns(model.economy().seriesColumns());
            writeConfig();
        } catch (IOException e) {
            fail(e);
        }
    }

    @Override
    public void monthRecorded(double[] row) {
        if (failed || series == null) {
            return;
        }
        try {
            series.append(row);
            writeConfig();
        } catch (IOException e) {
            fail(e);
        }
    }

    /** Writes {@code config.yaml} with the interventions so far (also after an intervention between months). */
    public void writeConfig() throws IOException {
        folder.writeConfig(new ConfigWriter().toYaml(model.recordedConfig()));
    }

    /** Flushes and closes {@code series.csv}. */
    public void close() throws IOException {
        if (series != null) {
            series.close();
            series = null;
        }
    }

    private void fail(IOException e) {
        failed = true;
        LOG.error("the GUI session folder {} cannot be written: {}", folder.dir(), e.getMessage());
    }
}
