package org.aibubble.sim.sweep.table;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

import org.aibubble.sim.format.AppendLines;
import org.aibubble.sim.format.Csv;
import org.aibubble.sim.format.CsvRows;
import org.aibubble.sim.format.MalformedCsvException;
import org.aibubble.sim.sweep.SweepException;

/**
 * {@code runs.csv} while a sweep writes it: rows are appended as runs finish, each as ONE write of a
 * complete line followed by a forced flush, so a process killed at any moment leaves only whole rows
 * (and at worst one partial last line, which {@link #open} drops). Opening an existing file resumes
 * it: the rows already there are returned by {@link #recorded()} and are never written again.
 */
public final class RunsFile implements Closeable {

    private final Path file;
    private final RunsSchema schema;
    private final FileChannel channel;
    private final SortedMap<Long, RunRecord> recorded;
    private final int droppedBytes;

    private RunsFile(Path file, RunsSchema schema, FileChannel channel, SortedMap<Long, RunRecord> recorded,
                     int droppedBytes) {
        this.file = file;
        this.schema = schema;
        this.channel = channel;
        this.recorded = recorded;
        this.droppedBytes = droppedBytes;
    }

    /**
     * Creates {@code file} with its header, or resumes it: drops a partial last line, checks the header
     * and reads the rows already recorded.
     *
     * @throws SweepException if the file has other columns or a damaged row before its last line
     */
    public static RunsFile open(Path file, RunsSchema schema) throws IOException, SweepException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            byte[] bytes = Files.readAllBytes(file);
            int complete = AppendLines.lastNewline(bytes) + 1;
            if (complete < bytes.length) {
                channel.truncate(complete);
            }
            SortedMap<Long, RunRecord> rows = new TreeMap<>();
            if (complete == 0) {
                AppendLines.write(channel, schema.headerLine());
            } else {
                rows = parse(file, schema, new String(bytes, 0, complete, StandardCharsets.UTF_8));
            }
            channel.position(channel.size());
            return new RunsFile(file, schema, channel, rows, bytes.length - complete);
        } catch (IOException | SweepException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** @return the rows that were in the file when it was opened, by run id */
    public SortedMap<Long, RunRecord> recorded() {
        return Collections.unmodifiableSortedMap(recorded);
    }

    /** @return how many bytes of a partial last line were dropped on opening (0 if none) */
    public int droppedBytes() {
        return droppedBytes;
    }

    /** Appends one row as a single write of a whole line, then forces it to disk. */
    public synchronized void append(RunRecord row) throws IOException {
        AppendLines.write(channel, schema.format(row));
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** @return the file this writes */
    public Path file() {
        return file;
    }

    /**
     * Reads a finished or partial {@code runs.csv}, ignoring a partial last line.
     *
     * @throws SweepException if the file has other columns, a damaged row or a repeated run id
     */
    public static SortedMap<Long, RunRecord> read(Path file, RunsSchema schema) throws IOException, SweepException {
        byte[] bytes = Files.readAllBytes(file);
        int complete = AppendLines.lastNewline(bytes) + 1;
        if (complete == 0) {
            throw new SweepException(file + ": has no header line");
        }
        return parse(file, schema, new String(bytes, 0, complete, StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code rows} sorted by run id to {@code file}, through a temporary file moved into place,
     * so readers see either the old file or the whole new one.
     */
    public static void writeSorted(Path file, RunsSchema schema, Collection<RunRecord> rows) throws IOException {
        SortedMap<Long, RunRecord> sorted = new TreeMap<>();
        for (RunRecord row : rows) {
            sorted.put(row.runId(), row);
        }
        StringBuilder sb = new StringBuilder(schema.headerLine()).append('\n');
        for (RunRecord row : sorted.values()) {
            sb.append(schema.format(row)).append('\n');
        }
        AtomicFile.write(file, sb.toString());
    }

    private static SortedMap<Long, RunRecord> parse(Path file, RunsSchema schema, String text) throws SweepException {
        CsvRows table;
        try {
            table = Csv.parse(text, file.toString());
        } catch (MalformedCsvException e) {
            throw new SweepException(e.getMessage() + "; remove the line or use another --out folder");
        }
        if (!table.header().equals(schema.header())) {
            throw new SweepException(file + ": its columns differ from this sweep's (expected "
                    + schema.headerLine() + "); use another --out folder");
        }
        SortedMap<Long, RunRecord> rows = new TreeMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            int line = table.lines().get(i);
            RunRecord row;
            try {
                row = schema.parse(table.rows().get(i));
            } catch (IllegalArgumentException e) {
                throw new SweepException(file + " line " + line + ": not a run row (" + e.getMessage()
                        + "); remove the line or use another --out folder");
            }
            if (rows.putIfAbsent(row.runId(), row) != null) {
                throw new SweepException(file + " line " + line + ": run_id " + row.runId()
                        + " is recorded twice; remove one of the rows");
            }
        }
        return rows;
    }

}
