package org.aibubble.sim.output;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import org.aibubble.agents.economy.SeriesColumn;
import org.aibubble.agents.economy.SeriesColumns;
import org.aibubble.sim.format.Mappers;
import org.aibubble.sim.run.Summary;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One run's output folder and the files in it. A new folder is
 * {@code <root>/<config-stem>-<seed>-<yyyyMMdd-HHmmss>} (UTC), with {@code -2}, {@code -3}, ... added
 * if that exists; a folder named by the user must be new or empty.
 */
public final class RunFolder {
    /** The monthly series. */
    public static final String SERIES = "series.csv";
    /** The summary metrics. */
    public static final String SUMMARY = "summary.json";
    /** Provenance and status. */
    public static final String MANIFEST = "manifest.json";
    /** The resolved config. */
    public static final String CONFIG = "config.yaml";
    /** The run's log. */
    public static final String LOG = "run.log";
    /** The data dictionary of {@code series.csv}. */
    public static final String COLUMNS = "columns.json";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path dir;

    private RunFolder(Path dir) {
        this.dir = dir;
    }

    /**
     * Refuses a folder that exists and is not empty, or that is a file. Does not create anything.
     *
     * @param dir the folder the user named
     * @throws OutputFolderException when it cannot be used
     */
    public static void checkUsable(Path dir) throws OutputFolderException {
        if (Files.isRegularFile(dir)) {
            throw new OutputFolderException("--out " + dir + ": is a file, not a folder");
        }
        if (Files.isDirectory(dir) && !isEmpty(dir)) {
            throw new OutputFolderException("--out " + dir + ": folder exists and is not empty (name a new or empty folder)");
        }
    }

    /**
     * @param dir the folder the user named: created if absent, used if empty
     * @return the run folder
     * @throws OutputFolderException when it cannot be used or created
     */
    public static RunFolder at(Path dir) throws OutputFolderException {
        checkUsable(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputFolderException("--out " + dir + ": cannot create the folder (" + e.getMessage() + ")");
        }
        return new RunFolder(dir);
    }

    /**
     * @param root   the parent of run folders (e.g. {@code outputs})
     * @param stem   the config file name without extension
     * @param seed   the run's seed
     * @param now    the start time, for the name
     * @return a new, empty run folder
     * @throws OutputFolderException when it cannot be created
     */
    public static RunFolder createNew(Path root, String stem, long seed, Instant now) throws OutputFolderException {
        String base = stem + "-" + seed + "-" + STAMP.format(now);
        try {
            Files.createDirectories(root);
            for (int attempt = 1; ; attempt++) {
                Path dir = root.resolve(attempt == 1 ? base : base + "-" + attempt);
                try {
                    return new RunFolder(Files.createDirectory(dir));
                } catch (FileAlreadyExistsException e) {
                    continue;
                }
            }
        } catch (IOException e) {
            throw new OutputFolderException("output folder under " + root + ": cannot be created (" + e.getMessage() + ")");
        }
    }

    /** @return the folder */
    public Path dir() {
        return dir;
    }

    /** @return the path of {@code name} in the folder */
    public Path file(String name) {
        return dir.resolve(name);
    }

    /** Writes {@code config.yaml}. */
    public void writeConfig(byte[] yaml) throws IOException {
        Files.write(file(CONFIG), yaml);
    }

    /** Writes {@code manifest.json} atomically (a reader never sees half a file). */
    public void writeManifest(Manifest manifest) throws IOException {
        Path target = file(MANIFEST);
        Path temporary = file(MANIFEST + ".tmp");
        Files.write(temporary, manifest.toJson());
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Writes {@code summary.json}. */
    public void writeSummary(Summary summary) throws IOException {
        Files.write(file(SUMMARY), SummaryJson.bytes(summary));
    }

    /**
     * Writes {@code columns.json}: for each series column, in order, its {@code name}, {@code unit},
     * {@code description} and the {@code model_section} of docs/MODEL.md that defines it.
     *
     * @param columns the series columns
     * @throws IOException when the file cannot be written
     * @throws IllegalArgumentException for a name that is not a series column
     */
    public void writeColumns(List<String> columns) throws IOException {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (String name : columns) {
            SeriesColumn c = SeriesColumns.describe(name);
            ObjectNode entry = out.addObject();
            entry.put("name", c.name());
            entry.put("unit", c.unit());
            entry.put("description", c.description());
            entry.put("model_section", "docs/MODEL.md section " + c.section());
        }
        Files.write(file(COLUMNS), Mappers.prettyJson().writeValueAsBytes(out));
    }

    /** @return a writer of {@code series.csv} with the given columns, header written */
    public SeriesCsvWriter openSeries(List<String> columns) throws IOException {
        return new SeriesCsvWriter(file(SERIES), columns);
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
