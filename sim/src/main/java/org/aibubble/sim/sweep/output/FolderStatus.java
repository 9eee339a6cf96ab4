package org.aibubble.sim.sweep.output;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a sweep or ensemble folder holds all its runs. */
public enum FolderStatus {
    /** Runs are being recorded, or the process stopped before the last one (resume to finish). */
    RUNNING,
    /** Every run of the folder is recorded and the result files are written. */
    COMPLETE;

    /** @return the spelling in {@code manifest.json} */
    @JsonValue
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
