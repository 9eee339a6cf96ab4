package org.aibubble.sim.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * The line-at-a-time append logs of the resumable commands (a sweep's runs table, calibrate's log):
 * write one whole line, and find where the last whole line ends so that a line cut by a kill is
 * dropped on resume.
 */
public final class AppendLines {
    private AppendLines() {
    }

    /** Writes {@code line} and a newline, in UTF-8, at the channel's position, all of it. */
    public static void write(FileChannel channel, String line) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** @return the index of the last newline in {@code bytes}, or -1 when there is none */
    public static int lastNewline(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
