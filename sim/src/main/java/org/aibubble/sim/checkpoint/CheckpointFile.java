package org.aibubble.sim.checkpoint;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.NotSerializableException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.aibubble.sim.run.Heap;

/**
 * Writes and reads checkpoint files: a {@link CheckpointHeader} in text, a blank line, then the
 * payload, a gzip-compressed Java serialisation of a {@link SavedEconomy}. Reading checks, in order,
 * that the file is a regular file that fits in the heap, that it is a checkpoint, that this tool
 * version wrote it, and that the payload has the length the header states and the SHA-256 of header
 * and payload matches; only then is it deserialised, through {@link CheckpointFilter} (the project's
 * classes and the few library classes a saved economy holds, with limits on depth, objects and
 * sizes), and the economy read must be the run and month the header names. Every failure is one line
 * naming the file.
 */
public final class CheckpointFile {
    /** File name of the checkpoint in a run folder. */
    public static final String FILE_NAME = "checkpoint.bin";
    /** The longest header accepted, in bytes. */
    static final int MAX_HEADER = 4096;
    /** How much heap a read may need per byte of serialisation, on top of the file (a safe overestimate). */
    private static final long HEAP_PER_SERIALISED_BYTE = 2;

    private CheckpointFile() {
    }

    /**
     * Writes atomically: to a temporary file next to {@code file}, then moved into place.
     *
     * @param file        where to write
     * @param saved       the economy and its rows so far
     * @param toolVersion the version of this tool
     * @return the header written
     * @throws CheckpointException if part of the economy is not serialisable or the file cannot be written
     */
    public static CheckpointHeader write(Path file, SavedEconomy saved, String toolVersion) {
        CountingOutputStream serialised = new CountingOutputStream();
        byte[] payload = serialise(file, saved, serialised);
        CheckpointHeader unsigned = new CheckpointHeader(toolVersion, saved.sim().config().scenario().name(),
                saved.sim().config().run().seed(), saved.month(), payload.length, serialised.count, "");
        CheckpointHeader header = unsigned.withSha256(sha256(unsigned.signedText(), payload));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            out.write(header.toText().getBytes(StandardCharsets.US_ASCII));
            out.write(payload);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new CheckpointException("cannot write checkpoint " + file + ": " + e.getMessage(), e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new CheckpointException("cannot write checkpoint " + file + ": " + e.getMessage(), e);
        }
        return header;
    }

    /**
     * @param file        a checkpoint file
     * @param toolVersion the version of this tool; the file must have been written by the same version
     * @return the saved economy
     * @throws CheckpointException if the file is missing, not a checkpoint, from another version, corrupt,
     *                             or holds anything but a saved economy of the run and month its header names
     */
    public static SavedEconomy read(Path file, String toolVersion) {
        byte[] bytes = readBytes(file);
        int blank = headerEnd(bytes);
        if (blank < 0 || !startsWithMagic(bytes)) {
            throw new CheckpointException(file + " is not a checkpoint written by this tool");
        }
        CheckpointHeader header = CheckpointHeader.parse(file.toString(), headerLines(bytes, blank));
        if (!header.toolVersion().equals(toolVersion)) {
            throw new CheckpointException(file + " was written by version " + header.toolVersion()
                    + " of this tool; this is version " + toolVersion + ": rerun the run with this version");
        }
        int start = blank + 2;
        if (bytes.length - start != header.payloadBytes()) {
            throw new CheckpointException(file + " is corrupt or truncated: payload has " + (bytes.length - start)
                    + " bytes, the header says " + header.payloadBytes());
        }
        byte[] payload = Arrays.copyOfRange(bytes, start, bytes.length);
        if (!sha256(header.signedText(), payload).equals(header.sha256())) {
            throw new CheckpointException(file + " is corrupt: its SHA-256 does not match its header and payload");
        }
        requireHeap(file, header.serialisedBytes());
        SavedEconomy saved = deserialise(file, payload, header.serialisedBytes());
        requireMatches(file, header, saved);
        saved.sim().awakeFromCheckpoint();
        return saved;
    }

    /**
     * @param file a checkpoint file
     * @return its header, without reading the payload's contents
     * @throws CheckpointException if the file is missing or not a checkpoint
     */
    public static CheckpointHeader header(Path file) {
        byte[] bytes = readBytes(file);
        int blank = headerEnd(bytes);
        if (blank < 0 || !startsWithMagic(bytes)) {
            throw new CheckpointException(file + " is not a checkpoint written by this tool");
        }
        return CheckpointHeader.parse(file.toString(), headerLines(bytes, blank));
    }

    private static byte[] serialise(Path file, SavedEconomy saved, CountingOutputStream serialised) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(buffer);
                ObjectOutputStream out = new ObjectOutputStream(serialised.teeInto(gzip))) {
            out.writeObject(saved);
        } catch (NotSerializableException e) {
            throw new CheckpointException("cannot checkpoint to " + file + ": class " + e.getMessage()
                    + " is not Serializable (a bug in the model: every part of the economy must be)", e);
        } catch (IOException e) {
            throw new CheckpointException("cannot checkpoint to " + file + ": " + e.getMessage(), e);
        }
        return buffer.toByteArray();
    }

    private static SavedEconomy deserialise(Path file, byte[] payload, long serialisedBytes) {
        Object read;
        CheckpointFilter filter = new CheckpointFilter(serialisedBytes);
        try (InputStream raw = new BoundedInputStream(new GZIPInputStream(new ByteArrayInputStream(payload)),
                serialisedBytes); ObjectInputStream in = new ObjectInputStream(raw)) {
            in.setObjectInputFilter(filter);
            read = in.readObject();
        } catch (InvalidClassException e) {
            if (filter.refusal() != null) {
                throw new CheckpointException(file + " is refused: " + filter.refusal(), e);
            }
            throw new CheckpointException(file + " cannot be read by this build: " + oneLine(e.getMessage()), e);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            throw new CheckpointException(file + " is corrupt: " + e.getClass().getSimpleName() + " "
                    + oneLine(e.getMessage()), e);
        } catch (StackOverflowError e) {
            throw new CheckpointException(file + " is corrupt: it nests deeper than a saved economy", e);
        }
        if (!(read instanceof SavedEconomy saved)) {
            throw new CheckpointException(file + " is corrupt: it holds a "
                    + (read == null ? "null" : read.getClass().getName()) + ", not a saved economy");
        }
        return saved;
    }

    /** The header must name the run and month of the economy inside, so a branch starts where it says. */
    private static void requireMatches(Path file, CheckpointHeader header, SavedEconomy saved) {
        if (saved.sim() == null || saved.sim().config() == null || saved.columns() == null) {
            throw new CheckpointException(file + " is corrupt: the saved economy is incomplete");
        }
        String scenario = saved.sim().config().scenario().name();
        long seed = saved.sim().config().run().seed();
        if (saved.month() != header.month() || seed != header.seed() || !scenario.equals(header.scenario())) {
            throw new CheckpointException(file + " is corrupt: its header says scenario " + header.scenario()
                    + ", seed " + header.seed() + ", month " + header.month() + " but it holds scenario " + scenario
                    + ", seed " + seed + ", month " + saved.month());
        }
        for (double[] row : saved.rowsCopy()) {
            if (row == null || row.length != saved.columns().size()) {
                throw new CheckpointException(file + " is corrupt: a saved row does not match the saved columns");
            }
        }
    }

    /** Refuses, in one line with the flag to give, a checkpoint whose economy does not fit in this JVM's heap. */
    private static void requireHeap(Path file, long serialisedBytes) {
        long max = Runtime.getRuntime().maxMemory();
        long needed = serialisedBytes * HEAP_PER_SERIALISED_BYTE;
        if (serialisedBytes < 0 || needed > max) {
            throw new CheckpointException(file + " holds an economy of " + Heap.describe(serialisedBytes)
                    + "; reading it needs about " + Heap.describe(needed) + " of heap, this JVM has "
                    + Heap.describe(max) + ": run java with " + Heap.flagFor(needed));
        }
    }

    private static byte[] readBytes(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CheckpointException(file + (Files.exists(file) ? " is not a regular file" : " not found"));
        }
        try {
            long size = Files.size(file);
            if (size > Integer.MAX_VALUE - 16 || size * HEAP_PER_SERIALISED_BYTE > Runtime.getRuntime().maxMemory()) {
                throw new CheckpointException(file + " has " + Heap.describe(size) + "; reading it needs more heap"
                        + " than this JVM has (" + Heap.describe(Runtime.getRuntime().maxMemory()) + "): run java with "
                        + Heap.flagFor(size * HEAP_PER_SERIALISED_BYTE * 4));
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CheckpointException("cannot read " + file + ": " + oneLine(e.getMessage()), e);
        }
    }

    private static boolean startsWithMagic(byte[] bytes) {
        byte[] magic = (CheckpointHeader.MAGIC + "\n").getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** @return the index of the first "\n\n" within the first {@link #MAX_HEADER} bytes, or -1 */
    private static int headerEnd(byte[] bytes) {
        for (int i = 0; i + 1 < Math.min(bytes.length, MAX_HEADER); i++) {
            if (bytes[i] == '\n' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static List<String> headerLines(byte[] bytes, int blank) {
        String text = new String(bytes, 0, blank, StandardCharsets.US_ASCII);
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        lines.remove(0);
        return lines;
    }

    static String sha256(String headerText, byte[] payload) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(headerText.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest(payload));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String line = text.replaceAll("\\s+", " ").trim();
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static void deleteQuietly(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the write already failed; that error is the one reported
        }
    }

    /** Counts the bytes of the serialisation while passing them on to the compressor. */
    private static final class CountingOutputStream {
        private long count;

        OutputStream teeInto(OutputStream target) {
            return new FilterOutputStream(target) {
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    count++;
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    count += len;
                }
            };
        }
    }

    /** Fails a read that goes past the length the header declares (a decompression bomb). */
    private static final class BoundedInputStream extends FilterInputStream {
        private long left;

        BoundedInputStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0 && --left < 0) {
                throw new IOException("the payload is longer than its header says");
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                left -= n;
                if (left < 0) {
                    throw new IOException("the payload is longer than its header says");
                }
            }
            return n;
        }
    }
}
