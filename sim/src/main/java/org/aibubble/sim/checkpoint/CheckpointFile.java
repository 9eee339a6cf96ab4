package org.aibubble.sim.checkpoint;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.NotSerializableException;
import java.io.ObjectInputFilter;
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

/**
 * Writes and reads checkpoint files: a {@link CheckpointHeader} in text, a blank line, then the
 * payload, a gzip-compressed Java serialisation of a {@link SavedEconomy}. Reading checks, in order,
 * that the file is a checkpoint, that this tool version wrote it, and that the payload has the length
 * and SHA-256 the header states; only then is it deserialised, and only classes of the model, MASON,
 * Commons Math and the JDK are accepted. Every failure is one line naming the file.
 */
public final class CheckpointFile {
    /** File name of the checkpoint in a run folder. */
    public static final String FILE_NAME = "checkpoint.bin";
    /** The longest header accepted, in bytes. */
    static final int MAX_HEADER = 4096;
    private static final String ALLOWED_CLASSES =
            "maxdepth=2000;org.aibubble.**;sim.**;ec.**;org.apache.commons.math3.**;java.**;!*";

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
        byte[] payload = serialise(file, saved);
        CheckpointHeader header = new CheckpointHeader(toolVersion, saved.sim().config().scenario().name(),
                saved.sim().config().run().seed(), saved.month(), payload.length, sha256(payload));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            out.write(header.toText().getBytes(StandardCharsets.US_ASCII));
            out.write(payload);
        } catch (IOException e) {
            throw new CheckpointException("cannot write checkpoint " + file + ": " + e.getMessage(), e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CheckpointException("cannot write checkpoint " + file + ": " + e.getMessage(), e);
        }
        return header;
    }

    /**
     * @param file        a checkpoint file
     * @param toolVersion the version of this tool; the file must have been written by the same version
     * @return the saved economy
     * @throws CheckpointException if the file is missing, not a checkpoint, from another version, or corrupt
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
        if (!sha256(payload).equals(header.payloadSha256())) {
            throw new CheckpointException(file + " is corrupt: its SHA-256 does not match the header");
        }
        SavedEconomy saved = deserialise(file, payload);
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

    private static byte[] serialise(Path file, SavedEconomy saved) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(buffer))) {
            out.writeObject(saved);
        } catch (NotSerializableException e) {
            throw new CheckpointException("cannot checkpoint to " + file + ": class " + e.getMessage()
                    + " is not Serializable (a bug in the model: every part of the economy must be)", e);
        } catch (IOException e) {
            throw new CheckpointException("cannot checkpoint to " + file + ": " + e.getMessage(), e);
        }
        return buffer.toByteArray();
    }

    private static SavedEconomy deserialise(Path file, byte[] payload) {
        try (ObjectInputStream in = new ObjectInputStream(new GZIPInputStream(new ByteArrayInputStream(payload)))) {
            in.setObjectInputFilter(ObjectInputFilter.Config.createFilter(ALLOWED_CLASSES));
            return (SavedEconomy) in.readObject();
        } catch (InvalidClassException e) {
            throw new CheckpointException(file + " cannot be read by this build (" + e.getMessage() + ")", e);
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new CheckpointException(file + " is corrupt: " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
    }

    private static byte[] readBytes(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CheckpointException(file + " not found");
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CheckpointException("cannot read " + file + ": " + e.getMessage(), e);
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

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
