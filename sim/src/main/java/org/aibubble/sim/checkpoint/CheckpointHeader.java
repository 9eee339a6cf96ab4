package org.aibubble.sim.checkpoint;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text header at the top of a checkpoint file, before the payload: which tool version wrote it,
 * from which run, at which month, and the length and SHA-256 of the payload so a truncated or
 * altered file is caught before anything is deserialised.
 *
 * <pre>
 * AIBUBBLE-CHECKPOINT
 * format: 1
 * tool_version: 0.1.0
 * scenario: baseline
 * seed: 42
 * month: 24
 * payload_bytes: 123456
 * payload_sha256: 9f...
 * (blank line, then the payload)
 * </pre>
 *
 * @param toolVersion   the version of the tool that wrote the file
 * @param scenario      the scenario of the run it was saved from
 * @param seed          the run's seed
 * @param month         the month (0-based) saved: the last month recorded before the save
 * @param payloadBytes  the payload's length in bytes
 * @param payloadSha256 the payload's SHA-256, lower-case hex
 */
public record CheckpointHeader(String toolVersion, String scenario, long seed, int month, long payloadBytes,
        String payloadSha256) {
    /** First line of every checkpoint file. */
    public static final String MAGIC = "AIBUBBLE-CHECKPOINT";
    /** Version of this file layout. */
    public static final int FORMAT = 1;

    /** @return the header text, ending with the blank line that separates it from the payload */
    public String toText() {
        return MAGIC + "\nformat: " + FORMAT + "\ntool_version: " + toolVersion + "\nscenario: " + scenario
                + "\nseed: " + seed + "\nmonth: " + month + "\npayload_bytes: " + payloadBytes
                + "\npayload_sha256: " + payloadSha256 + "\n\n";
    }

    /**
     * @param file  the file, for error messages
     * @param lines the header lines after the magic line, up to the blank line
     * @return the header
     * @throws CheckpointException if a field is missing or malformed, or the format is not {@link #FORMAT}
     */
    static CheckpointHeader parse(String file, Iterable<String> lines) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : lines) {
            int colon = line.indexOf(": ");
            if (colon <= 0) {
                throw new CheckpointException(file + " is not a checkpoint: bad header line \"" + line + "\"");
            }
            fields.put(line.substring(0, colon), line.substring(colon + 2));
        }
        String format = field(file, fields, "format");
        if (!format.equals(Integer.toString(FORMAT))) {
            throw new CheckpointException(file + " has checkpoint format " + format + "; this tool reads format " + FORMAT);
        }
        try {
            return new CheckpointHeader(field(file, fields, "tool_version"), field(file, fields, "scenario"),
                    Long.parseLong(field(file, fields, "seed")), Integer.parseInt(field(file, fields, "month")),
                    Long.parseLong(field(file, fields, "payload_bytes")), field(file, fields, "payload_sha256"));
        } catch (NumberFormatException e) {
            throw new CheckpointException(file + " is corrupt: a header number does not parse (" + e.getMessage() + ")", e);
        }
    }

    private static String field(String file, Map<String, String> fields, String key) {
        String v = fields.get(key);
        if (v == null) {
            throw new CheckpointException(file + " is corrupt: its header lacks " + key);
        }
        return v;
    }
}
