package org.aibubble.sim.sweep.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;

import org.aibubble.sim.sweep.SweepException;

/**
 * The folder a sweep, shard or ensemble writes, held under an exclusive lock while it runs (the
 * operating system drops the lock if the process dies, even by SIGKILL). Opening a folder that already
 * has a manifest resumes it, but only if the manifest comes from the same source file, the same base
 * config and the same shard; opening a non-empty folder without a manifest is refused.
 */
public final class SweepFolder implements Closeable {
    private static final String LOCK = ".lock";

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final boolean resumed;

    private SweepFolder(Path dir, FileChannel lockChannel, FileLock lock, boolean resumed) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.resumed = resumed;
    }

    /**
     * @param dir      the folder (created if missing)
     * @param expected the manifest of the sweep about to run; written with status running
     * @return the locked folder
     * @throws SweepException if another process holds it, or it was made by another sweep or shard
     */
    public static SweepFolder open(Path dir, SweepManifest expected) throws IOException, SweepException {
        Files.createDirectories(dir);
        FileChannel channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new SweepException(dir + ": another process is writing to this folder; wait for it or use another --out");
        }
        try {
            boolean resumed = ManifestFile.exists(dir);
            if (resumed) {
                checkSameSweep(dir, ManifestFile.read(dir), expected);
            } else if (holdsOtherFiles(dir)) {
                throw new SweepException(dir + ": the folder is not empty and has no " + Outputs.MANIFEST
                        + "; choose an empty or new --out folder");
            }
            return new SweepFolder(dir, channel, lock, resumed);
        } catch (IOException | SweepException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
    }

    /**
     * Checks that {@code found} (a folder's manifest) was made by the same source file, base config and
     * shard as {@code expected}.
     *
     * @throws SweepException naming what differs
     */
    static void checkSameSweep(Path dir, SweepManifest found, SweepManifest expected) throws SweepException {
        if (!found.kind().equals(expected.kind())) {
            throw new SweepException(dir + ": holds an " + found.kind() + ", not a " + expected.kind()
                    + "; use another --out folder");
        }
        if (!found.sourceSha256().equals(expected.sourceSha256())) {
            throw new SweepException(dir + ": was made from a different " + found.source() + " (SHA-256 "
                    + shortHash(found.sourceSha256()) + ", this one is " + shortHash(expected.sourceSha256())
                    + "); will not resume into it - use another --out folder");
        }
        if (!found.baseConfigSha256().equals(expected.baseConfigSha256())) {
            throw new SweepException(dir + ": was made from a different base config (SHA-256 "
                    + shortHash(found.baseConfigSha256()) + ", now " + shortHash(expected.baseConfigSha256())
                    + "); will not resume into it - use another --out folder");
        }
        if (found.runs() != expected.runs()) {
            throw new SweepException(dir + ": holds " + found.runs() + " runs (" + found.points() + " points x "
                    + found.replicates() + "), not " + expected.runs() + "; use another --out folder");
        }
        if (!found.shard().equals(expected.shard())) {
            throw new SweepException(dir + ": holds shard " + found.shard() + ", not " + expected.shard()
                    + "; give each shard its own --out folder");
        }
    }

    private static String shortHash(String sha) {
        return sha.length() > 12 ? sha.substring(0, 12) : sha;
    }

    private static boolean holdsOtherFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> !f.getFileName().toString().equals(LOCK));
        }
    }

    /** @return the folder */
    public Path dir() {
        return dir;
    }

    /** @return whether the folder already had a manifest (a resume) */
    public boolean resumed() {
        return resumed;
    }

    /** Releases the lock and removes the lock file. */
    @Override
    public void close() throws IOException {
        try {
            Files.deleteIfExists(dir.resolve(LOCK));
            lock.release();
        } finally {
            lockChannel.close();
        }
    }
}
