package org.aibubble.sim.report;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds the report of any output folder, detecting its kind from the files in it: a run folder has
 * {@code series.csv}; an ensemble or sweep folder has {@code runs.csv}; a branch folder has
 * {@code branches.json}; a compare folder has {@code compare.json}.
 */
public final class Reports {
    private Reports() {
    }

    /** The kinds of output folder a report can be built for. */
    public enum FolderKind {
        /** A single run: {@code series.csv}, {@code summary.json}, {@code config.yaml}. */
        RUN,
        /** An ensemble or a sweep: {@code runs.csv} and friends. */
        SWEEP,
        /** Branches continued from one checkpoint: {@code branches.json} and one run folder per branch. */
        BRANCHES,
        /** Ensembles compared on the same seeds: {@code compare.json} and {@code difference_quantiles.csv}. */
        COMPARE
    }

    /**
     * @param dir an output folder
     * @return its kind
     * @throws ReportException if it is not a folder or holds neither kind's files
     */
    public static FolderKind detect(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ReportException(dir + " is not a folder");
        }
        if (Files.isRegularFile(dir.resolve(RunReport.SERIES))) {
            return FolderKind.RUN;
        }
        if (Files.isRegularFile(dir.resolve(BranchIndex.FILE))) {
            return FolderKind.BRANCHES;
        }
        if (Files.isRegularFile(dir.resolve(SweepReport.RUNS))) {
            return FolderKind.SWEEP;
        }
        if (CompareReport.isCompareFolder(dir)) {
            return FolderKind.COMPARE;
        }
        throw new ReportException(dir + " holds neither " + RunReport.SERIES + " (a run folder) nor "
                + SweepReport.RUNS + " (an ensemble or sweep folder) nor " + BranchIndex.FILE + " (a branch folder) nor "
                + "compare.json (a compare folder)");
    }

    /**
     * @param dir a run, ensemble, sweep, branch or compare folder
     * @return the report file written
     * @throws ReportException if the folder's files are missing or malformed
     */
    public static Path write(Path dir) {
        return switch (detect(dir)) {
            case RUN -> RunReport.write(dir);
            case SWEEP -> SweepReport.write(dir);
            case BRANCHES -> BranchComparisonReport.write(dir);
            case COMPARE -> CompareReport.write(dir);
        };
    }
}
