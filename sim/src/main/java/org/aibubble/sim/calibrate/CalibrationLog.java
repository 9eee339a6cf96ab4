package org.aibubble.sim.calibrate;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.aibubble.sim.format.AppendLines;
import org.aibubble.sim.format.Mappers;
import org.aibubble.sim.sweep.SweepException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code calibration-log.jsonl}: the first line names the spec (the SHA-256 of what the calibration
 * depends on), then one JSON line per evaluated candidate (and one for the truth runs), each appended as
 * ONE write of a whole line followed by a forced flush, so a process killed at any moment leaves whole
 * lines and at worst one partial last line, which {@link #open} drops. Doubles are written with
 * {@link Double#toString}, which reads back to the same bits; undefined values are null. A resumed
 * calibration replays the entries instead of running them again. The open log is locked, so two
 * processes cannot write one folder.
 */
final class CalibrationLog implements Closeable {
    /** The log's file name. */
    static final String FILE = "calibration-log.jsonl";
    static final String TRUTH = "truth";
    static final String CANDIDATE = "candidate";

    private static final ObjectMapper MAPPER = Mappers.json();

    private final FileChannel channel;
    private final FileLock lock;
    private final List<Entry> entries;

    /**
     * One evaluated point.
     *
     * @param kind       {@link #TRUTH} or {@link #CANDIDATE}
     * @param unit       the unit coordinates the optimizer asked for (empty for the truth)
     * @param values     the parameter values, in their own units
     * @param moments    the moment vector
     * @param covariance its bootstrap covariance
     * @param failed     runs that failed
     * @param error      the first failed run's error, or null
     */
    record Entry(String kind, double[] unit, double[] values, double[] moments, double[][] covariance, int failed,
                 String error) {
    }

    private CalibrationLog(FileChannel channel, FileLock lock, List<Entry> entries) {
        this.channel = channel;
        this.lock = lock;
        this.entries = entries;
    }

    /**
     * Creates the log with its header, or reopens it: drops a partial last line, checks the header and
     * reads the entries.
     *
     * @param file        the log
     * @param fingerprint the SHA-256 of the spec, base config, facts and series the calibration reads
     * @throws SweepException if the log belongs to another spec or is damaged before its last line, or is in use
     */
    static CalibrationLog open(Path file, String fingerprint) throws IOException, SweepException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new SweepException(file + ": in use by another calibration");
            }
            byte[] bytes = Files.readAllBytes(file);
            int complete = AppendLines.lastNewline(bytes) + 1;
            if (complete < bytes.length) {
                channel.truncate(complete);
            }
            List<Entry> entries = new ArrayList<>();
            if (complete == 0) {
                ObjectNode header = MAPPER.createObjectNode();
                header.put("kind", "header");
                header.put("fingerprint", fingerprint);
                AppendLines.write(channel, MAPPER.writeValueAsString(header));
                channel.force(false);
            } else {
                String[] lines = new String(bytes, 0, complete, StandardCharsets.UTF_8).split("\n");
                JsonNode header = parse(file, 1, lines[0]);
                if (!fingerprint.equals(header.path("fingerprint").asText())) {
                    throw new SweepException(file + ": written by another spec, base config, facts or series file "
                            + "(fingerprint differs); use another --out folder");
                }
                for (int i = 1; i < lines.length; i++) {
                    entries.add(entry(file, i + 1, parse(file, i + 1, lines[i])));
                }
            }
            channel.position(channel.size());
            return new CalibrationLog(channel, lock, entries);
        } catch (IOException | SweepException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** @return the entries that were in the log when it was opened, in order */
    List<Entry> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** Appends one entry as a single write of a whole line, then forces it to disk. */
    void append(Entry e) throws IOException {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("kind", e.kind());
        n.set("unit", array(e.unit()));
        n.set("values", array(e.values()));
        n.set("moments", array(e.moments()));
        ArrayNode cov = n.putArray("covariance");
        for (double[] row : e.covariance()) {
            cov.add(array(row));
        }
        n.put("failed", e.failed());
        if (e.error() == null) {
            n.putNull("error");
        } else {
            n.put("error", e.error());
        }
        AppendLines.write(channel, MAPPER.writeValueAsString(n));
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } finally {
            channel.close();
        }
    }

    private static ArrayNode array(double[] values) {
        ArrayNode a = MAPPER.createArrayNode();
        for (double v : values) {
            if (Double.isFinite(v)) {
                a.add(v);
            } else {
                a.addNull();
            }
        }
        return a;
    }

    private static double[] doubles(JsonNode a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = a.get(i).isNull() ? Double.NaN : a.get(i).doubleValue();
        }
        return v;
    }

    private static JsonNode parse(Path file, int line, String text) throws SweepException {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new SweepException(file + " line " + line + ": not a log entry (" + e.getOriginalMessage()
                    + "); use another --out folder");
        }
    }

    private static Entry entry(Path file, int line, JsonNode n) throws SweepException {
        String kind = n.path("kind").asText();
        if (!TRUTH.equals(kind) && !CANDIDATE.equals(kind) || !n.path("covariance").isArray()) {
            throw new SweepException(file + " line " + line + ": not a log entry; use another --out folder");
        }
        double[][] cov = new double[n.get("covariance").size()][];
        for (int i = 0; i < cov.length; i++) {
            cov[i] = doubles(n.get("covariance").get(i));
        }
        return new Entry(kind, doubles(n.path("unit")), doubles(n.path("values")), doubles(n.path("moments")), cov,
                n.path("failed").asInt(), n.path("error").isNull() ? null : n.path("error").asText());
    }

}
