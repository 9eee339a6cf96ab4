package org.aibubble.sim.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the bytes of a text input file (a config, one of its {@code extends} bases, a sweep or branch
 * scenario file) before any parser sees them, and refuses in one line what no such file can be: a
 * missing file, a folder, anything but a regular file (a FIFO, a device, a socket: reading one could
 * block forever or never end), a file larger than {@link #MAX_BYTES} (checked before reading, so a
 * huge file costs nothing), and bytes that are not UTF-8 text or hold a NUL.
 */
public final class ConfigText {
    /** The largest input file accepted, in bytes: 1 MiB (the baseline config has 30 KB). */
    public static final int MAX_BYTES = 1 << 20;

    private ConfigText() {
    }

    /**
     * @param file the file
     * @param kind what it is, for messages, e.g. {@code config file}
     * @return its bytes, checked to be UTF-8 text of at most {@link #MAX_BYTES}
     * @throws ConfigException when the file cannot be one
     */
    public static byte[] read(Path file, String kind) throws ConfigException {
        if (!Files.exists(file)) {
            throw new ConfigException(kind + " " + file + " not found");
        }
        if (Files.isDirectory(file)) {
            throw new ConfigException(kind + " " + file + " is a folder, not a file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(kind + " " + file + " is not a regular file (a FIFO, device or socket?)");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(file, kind, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
        } catch (IOException e) {
            throw new ConfigException(kind + " " + file + " cannot be read (" + e.getMessage() + ")");
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(file, kind, bytes.length);
        }
        requireUtf8(file, kind, bytes);
        return bytes;
    }

    private static ConfigException tooLarge(Path file, String kind, long size) {
        return new ConfigException(kind + " " + file + " has " + size + " bytes; a config file may have at most "
                + MAX_BYTES + " (1 MiB)");
    }

    private static void requireUtf8(Path file, String kind, byte[] bytes) throws ConfigException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            utf8.decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new ConfigException(kind + " " + file + " is not UTF-8 text (" + firstBadByte(bytes)
                    + "); save it as UTF-8");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new ConfigException(kind + " " + file + " is not UTF-8 text (a NUL byte at offset " + i
                        + "; UTF-16 or binary?); save it as UTF-8");
            }
        }
    }

    /** @return where the first byte that is not UTF-8 is, in words */
    private static String firstBadByte(byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        for (int i = 0; i < bytes.length; i++) {
            int length = sequenceLength(bytes[i]);
            try {
                utf8.reset().decode(ByteBuffer.wrap(bytes, i, Math.min(length, bytes.length - i)));
            } catch (CharacterCodingException e) {
                return String.format("byte 0x%02x on line %d", bytes[i] & 0xff, line);
            }
            if (bytes[i] == '\n') {
                line++;
            }
            i += length - 1;
        }
        return "a byte sequence that is not UTF-8";
    }

    private static int sequenceLength(byte first) {
        int b = first & 0xff;
        if (b >= 0xf0) {
            return 4;
        }
        if (b >= 0xe0) {
            return 3;
        }
        return b >= 0xc0 ? 2 : 1;
    }
}
