package org.aibubble.sim.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.aibubble.sim.engine.AiEconomySim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crafted checkpoint files, each with a header whose SHA-256 is right (anyone can compute one): what
 * they hold must still be refused in one line before it can do harm.
 */
class CheckpointRefusalTest {
    private static final String VERSION = "0.1.0";

    @TempDir
    Path dir;

    /** Writes {@code object} as a checkpoint payload with a correct header claiming baseline, seed 42, month 2. */
    private Path craft(Object object) throws IOException {
        return craft(serialise(object), -1);
    }

    private Path craft(byte[] serialised, long declaredSerialised) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(serialised);
        }
        byte[] payload = gz.toByteArray();
        CheckpointHeader unsigned = new CheckpointHeader(VERSION, "baseline", 42, 2, payload.length,
                declaredSerialised >= 0 ? declaredSerialised : serialised.length, "");
        CheckpointHeader header = unsigned.withSha256(CheckpointFile.sha256(unsigned.signedText(), payload));
        Path file = dir.resolve("crafted-" + System.nanoTime() + ".bin");
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        whole.write(header.toText().getBytes(StandardCharsets.US_ASCII));
        whole.write(payload);
        Files.write(file, whole.toByteArray());
        return file;
    }

    private static byte[] serialise(Object object) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }

    private static String refusal(Path file) {
        CheckpointException e = assertThrows(CheckpointException.class, () -> CheckpointFile.read(file, VERSION));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        return e.getMessage();
    }

    @Test
    void aUrlKeyInAHashMapIsRefusedBeforeItIsHashed() throws IOException {
        Map<Object, String> map = new HashMap<>();
        map.put(new URL("http://checkpoint-probe.invalid/"), "dns lookup when hashed");
        String message = refusal(craft(map));
        assertTrue(message.endsWith("is refused: it holds a java.util.HashMap, which no saved economy contains"),
                message);
        String inList = refusal(craft(new ArrayList<>(List.of(new URL("http://checkpoint-probe.invalid/")))));
        assertTrue(inList.endsWith("is refused: it holds a java.net.URL, which no saved economy contains"), inList);
    }

    @Test
    void hashSetsNestedAHundredDeepAreRefusedAtOnce() throws IOException {
        Set<Object> root = new HashSet<>();
        Set<Object> s1 = root;
        Set<Object> s2 = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            Set<Object> t1 = new HashSet<>();
            Set<Object> t2 = new HashSet<>();
            t1.add("a");
            s1.add(t1);
            s1.add(t2);
            s2.add(t1);
            s2.add(t2);
            s1 = t1;
            s2 = t2;
        }
        Path file = craft(root);
        String message = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refusal(file));
        assertTrue(message.endsWith("is refused: it holds a java.util.HashSet, which no saved economy contains"),
                message);
    }

    @Test
    void listsNestedDeeperThanTheLimitAreRefused() throws IOException {
        List<Object> root = new ArrayList<>();
        List<Object> at = root;
        for (int i = 0; i < 10 * CheckpointFilter.MAX_DEPTH; i++) {
            List<Object> inner = new ArrayList<>();
            at.add(inner);
            at = inner;
        }
        Path file = craft(root);
        String message = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> refusal(file));
        assertTrue(message.contains("is refused: its objects nest deeper than " + CheckpointFilter.MAX_DEPTH), message);
    }

    @Test
    void aHugeArrayIsRefusedBeforeItIsAllocated() throws IOException {
        byte[] stream = serialise(new long[] {0x1122334455667788L});
        int at = indexOf(stream, new byte[] {0, 0, 0, 1, 0x11, 0x22, 0x33, 0x44});
        stream[at] = 0x7f;
        stream[at + 1] = (byte) 0xff;
        stream[at + 2] = (byte) 0xff;
        stream[at + 3] = 0x00;
        String message = refusal(craft(stream, -1));
        assertTrue(message.contains("is refused: it holds an array of 2147483392 elements"), message);
    }

    @Test
    void aHeaderDeclaringMoreThanTheHeapIsRefusedWithTheFlag() throws IOException {
        String message = refusal(craft(serialise(new ArrayList<>()), Long.MAX_VALUE / 4));
        assertTrue(message.contains("of heap, this JVM has") && message.contains(": run java with -Xmx"), message);
    }

    @Test
    void aPayloadLongerThanItsHeaderSaysIsRefused() throws IOException {
        byte[] stream = serialise(new double[10_000]);
        String message = refusal(craft(stream, 1_000));
        assertTrue(message.contains("is refused: it holds an array of 10000 elements")
                || message.contains("longer than"), message);
    }

    @Test
    void anythingButASavedEconomyIsRefused() throws IOException {
        String message = refusal(craft(new ArrayList<>(List.of(1, 2))));
        assertTrue(message.endsWith("is corrupt: it holds a java.util.ArrayList, not a saved economy"), message);
    }

    @Test
    void aClassOfTheProjectThatIsNotASavedEconomyIsRefused() throws IOException {
        String message = refusal(craft(new Probe()));
        assertTrue(message.endsWith("it holds a " + Probe.class.getName() + ", not a saved economy"), message);
    }

    @Test
    void anEditedHeaderMonthWithARecomputedHashIsCaughtAgainstThePayload() throws IOException {
        Path file = realCheckpoint();
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        int blank = text.indexOf("\n\n");
        CheckpointHeader real = CheckpointFile.header(file);
        byte[] payload = text.substring(blank + 2).getBytes(StandardCharsets.ISO_8859_1);
        CheckpointHeader edited = new CheckpointHeader(real.toolVersion(), real.scenario(), real.seed(), 9,
                real.payloadBytes(), real.serialisedBytes(), "");
        edited = edited.withSha256(CheckpointFile.sha256(edited.signedText(), payload));
        Files.write(file, (edited.toText() + text.substring(blank + 2)).getBytes(StandardCharsets.ISO_8859_1));
        String message = refusal(file);
        assertTrue(message.endsWith("is corrupt: its header says scenario baseline, seed 42, month 9 but it holds "
                + "scenario baseline, seed 42, month 2"), message);
    }

    @Test
    void anEditedHeaderMonthAloneBreaksTheHash() throws IOException {
        Path file = realCheckpoint();
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        Files.write(file, text.replace("\nmonth: 2\n", "\nmonth: 9\n").getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(refusal(file).endsWith("is corrupt: its SHA-256 does not match its header and payload"));
    }

    @Test
    void aTruncatedFileIsRefused() throws IOException {
        Path file = realCheckpoint();
        byte[] bytes = Files.readAllBytes(file);
        for (int keep : new int[] {0, 10, 150, bytes.length / 2, bytes.length - 1}) {
            Files.write(file, java.util.Arrays.copyOf(bytes, keep));
            String message = refusal(file);
            assertTrue(message.contains("not a checkpoint") || message.contains("truncated"), message);
        }
    }

    @Test
    void aFolderOrAMissingFileIsRefused() {
        assertTrue(refusal(dir).endsWith("is not a regular file"));
        assertTrue(refusal(dir.resolve("none.bin")).endsWith("not found"));
    }

    private Path realCheckpoint() {
        AiEconomySim sim = new AiEconomySim(CheckpointFileTest.config(12));
        sim.start();
        List<double[]> rows = CheckpointFileTest.step(sim, 3);
        Path file = dir.resolve(CheckpointFile.FILE_NAME);
        CheckpointFile.write(file, new SavedEconomy(sim, sim.economy().seriesColumns(),
                rows.toArray(new double[0][])), VERSION);
        return file;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("pattern not found");
    }

    /** A serialisable class of the project: allowed by the filter, refused as the checkpoint's content. */
    static final class Probe implements Serializable {
        private static final long serialVersionUID = 1L;
    }
}
