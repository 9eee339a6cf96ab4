package org.aibubble.sim.checkpoint;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text header at the top of a checkpoint file, before the payload: which tool version wrote it,
 * from which run, at which month, the length of the payload (gzip'd) and of the serialisation inside
 * it, and one SHA-256 over the header lines above it and the payload, so a truncated or altered file
 * is caught before anything is deserialised. (The hash detects damage, not intent: anyone can compute
 * one; what the payload may contain is limited by {@link CheckpointFilter}, and after reading the
 * scenario, seed and month are checked against the economy inside.)
 *
 * <pre>
 * AIBUBBLE-CHECKPOINT
 * format: 2
 * tool_version: 0.1.0
 * scenario: baseline
 * seed: 42
 * month: 24
 * payload_bytes: 123456
 * serialised_bytes: 234567
 * sha256: 9f...
 * (blank line, then the payload)
 * </pre>
 *
 * @param toolVersion     the version of the tool that wrote the file
 * @param scenario        the scenario of the run it was saved from
 * @param seed            the run's seed
 * @param month           the month (0-based) saved: the last month recorded before the save
 * @param payloadBytes    the payload's length in bytes
 * @param serialisedBytes the length in bytes of the serialisation the payload decompresses to
 * @param sha256          SHA-256 of the header lines before this one (each ending in a newline) followed
 *                        by the payload, lower-case hex
 */
public record CheckpointHeader(String toolVersion, String scenario, long seed, int month, long payloadBytes,
        long serialisedBytes, String sha256) {
    /** First line of every checkpoint file. */
    public static final String MAGIC = "AIBUBBLE-CHECKPOINT";
    /** Version of this file layout. */
    public static final int FORMAT = 2;

    /** @return the header text, ending with the blank line that separates it from the payload */
    public String toText() {
        return signedText() + "sha256: " + sha256 + "\n\n";
    }

    /** @return the header lines the SHA-256 covers (every line before {@code sha256:}), each ending in a newline */
    String signedText() {
        return MAGIC + "\nformat: " + FORMAT + "\ntool_version: " + toolVersion + "\nscenario: " + scenario
                + "\nseed: " + seed + "\nmonth: " + month + "\npayload_bytes: " + payloadBytes
                + "\nserialised_bytes: " + serialisedBytes + "\n";
    }

    /** @return this header with {@code sha256} replaced */
    CheckpointHeader withSha256(String hash) {
        return new CheckpointHeader(toolVersion, scenario, seed, month, payloadBytes, serialisedBytes, hash);
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
                    Long.parseLong(field(file, fields, "payload_bytes")),
                    Long.parseLong(field(file, fields, "serialised_bytes")), field(file, fields, "sha256"));
        } catch (NumberFormatException e) {
            throw new CheckpointException(file + " is corrupt: a header number does not parse", e);
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
