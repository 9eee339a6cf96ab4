package org.aibubble.sim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code extends:} may follow and which input files are refused before any parser sees them: each
 * refusal is one line, quick, and shows at most a short excerpt of what a base holds.
 */
class ConfigInputLimitsTest {
    private final ConfigFiles files = new ConfigFiles();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private String refusal(Path file) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> assertTimeoutPreemptively(Duration.ofSeconds(10), () -> files.read(file)));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void aBaseInTheSameFolderBelowItOrInTheConfigsFolderIsFollowed() throws Exception {
        write("configs/baseline.yaml", "run:\n  seed: 1\n");
        write("configs/scenarios/parts/common.yaml", "extends: ../../baseline.yaml\nrun:\n  months: 2\n");
        Path scenario = write("configs/scenarios/s.yaml", "extends: parts/common.yaml\nrun:\n  households: 3\n");
        ConfigFiles.MergedTree merged = files.read(scenario);
        assertEquals("{\"run\":{\"seed\":1,\"months\":2,\"households\":3}}", merged.tree().toString());
        assertEquals(3, merged.files().size());
    }

    @Test
    void aBaseOutsideTheAllowedFoldersIsRefusedWithoutSayingWhetherItExists() throws Exception {
        write("secret.yaml", "run:\n  seed: \"TOPSECRET-TOKEN-123-AND-MORE\"\n");
        Path top = write("work/a.yaml", "extends: ../secret.yaml\n");
        String message = refusal(top);
        assertTrue(message.startsWith("extends = \"../secret.yaml\": a base must be in the folder of the config"),
                message);
        assertFalse(message.contains("TOPSECRET"), message);
        Path absolute = write("work/b.yaml", "extends: /etc/hostname-none.yaml\n");
        assertTrue(refusal(absolute).contains("a base must be in the folder"), refusal(absolute));
        Path escape = write("work/c.yaml", "extends: sub/../../secret.yaml\n");
        assertTrue(refusal(escape).contains("a base must be in the folder"), refusal(escape));
    }

    @Test
    void aLinkThatLeadsOutsideIsRefused() throws Exception {
        Path secret = write("secret.yaml", "run:\n  seed: 1\n");
        Files.createDirectories(dir.resolve("work"));
        try {
            Files.createSymbolicLink(dir.resolve("work/link.yaml"), secret);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links not available: " + e);
        }
        String message = refusal(write("work/a.yaml", "extends: link.yaml\n"));
        assertTrue(message.contains("this one is a link to " + secret.toRealPath()), message);
    }

    @Test
    void aFifoIsRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("fifo.yaml");
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
            assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo: " + e);
        }
        String message = refusal(write("a.yaml", "extends: fifo.yaml\n"));
        assertTrue(message.endsWith("fifo.yaml is not a regular file (a FIFO, device or socket?)"), message);
        assertTrue(refusal(fifo).endsWith("is not a regular file (a FIFO, device or socket?)"));
    }

    @Test
    void aFileAboveTheLimitIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.yaml");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(3L << 30);
        }
        String message = refusal(big);
        assertEquals("config file " + big + " has 3221225472 bytes; a config file may have at most 1048576 (1 MiB)",
                message);
        Path string = write("string.yaml", "a: \"" + "x".repeat(ConfigText.MAX_BYTES) + "\"\n");
        assertTrue(refusal(string).contains("a config file may have at most 1048576"));
    }

    @Test
    void aLongExtendsChainIsRefusedWithoutAStackOverflow() throws Exception {
        for (int i = 0; i < 10_000; i++) {
            write("c" + i + ".yaml", "extends: c" + (i + 1) + ".yaml\n");
        }
        String message = refusal(dir.resolve("c0.yaml"));
        assertTrue(message.contains("extends chain longer than " + ConfigFiles.MAX_BASES + " bases"), message);
    }

    @Test
    void bytesThatAreNotUtf8AreNamedInWords() throws Exception {
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "scenario:\n  description: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("config file " + latin1 + " is not UTF-8 text (byte 0xe9 on line 2); save it as UTF-8",
                refusal(latin1));
        Path utf16 = dir.resolve("utf16.yaml");
        Files.write(utf16, "run:\n  seed: 1\n".getBytes(StandardCharsets.UTF_16LE));
        assertTrue(refusal(utf16).contains("is not UTF-8 text (a NUL byte"), refusal(utf16));
    }

    @Test
    void aValueIsShownOnlyAsAShortExcerpt() throws Exception {
        ConfigException e = ConfigException.of("run.seed", "\"TOPSECRET-TOKEN-123-AND-MORE\"", "must be an integer");
        assertEquals("run.seed = \"TOPSECRET-TOKEN-123...\": must be an integer", e.getMessage());
        assertEquals("a\\u001b[31m", ConfigException.excerpt("a\u001b[31m", 24), "terminal escapes are not passed on");
    }
}
