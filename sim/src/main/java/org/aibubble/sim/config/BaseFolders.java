package org.aibubble.sim.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the {@code extends:} bases of a config may be: in the folder of the config named on the
 * command line (or by a sweep's {@code base}) and below it, and, when that config lies inside a
 * folder named {@code configs}, in the nearest such folder and below it (so
 * {@code configs/scenarios/x.yaml} may extend {@code ../baseline.yaml}). Paths are compared after
 * symbolic links are resolved, so neither {@code ..} nor an absolute path nor a link leads a base
 * outside these folders.
 */
public final class BaseFolders {
    /** The name of the folder whose tree every config inside it may use as bases. */
    static final String CONFIGS = "configs";

    private final List<Path> folders;
    private final List<Path> written;

    private BaseFolders(List<Path> folders, List<Path> written) {
        this.folders = List.copyOf(folders);
        this.written = List.copyOf(written);
    }

    /**
     * @param top the config named on the command line
     * @return the folders its bases may be in
     */
    static BaseFolders of(Path top) {
        Path folder = top.toAbsolutePath().normalize().getParent();
        if (folder == null) {
            return new BaseFolders(List.of(), List.of());
        }
        List<Path> folders = new ArrayList<>();
        List<Path> written = new ArrayList<>(List.of(folder));
        for (Path p = folder; p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals(CONFIGS)) {
                written.add(p);
                break;
            }
        }
        try {
            Path real = folder.toRealPath();
            folders.add(real);
            for (Path p = real; p != null; p = p.getParent()) {
                if (p.getFileName() != null && p.getFileName().toString().equals(CONFIGS)) {
                    folders.add(p);
                    break;
                }
            }
        } catch (IOException e) {
            // The folder does not exist or cannot be read: the config itself will not be found, and no
            // base is accepted through links.
            folders.clear();
        }
        return new BaseFolders(folders, written);
    }

    /**
     * Whether a file named by {@code file} (a sweep's {@code base}, say) may be read: the same folders as
     * for the bases of a config at {@code file}, checked on the path as written and, when it exists, with
     * links resolved. A path that does not exist is allowed here; the caller reports it as missing.
     *
     * @param file     the file that names the other one
     * @param resolved the named file, resolved against {@code file}'s folder
     * @return whether {@code resolved} is inside the allowed folders
     */
    public static boolean allows(Path file, Path resolved) {
        BaseFolders allowed = of(file);
        Path absolute = resolved.toAbsolutePath().normalize();
        boolean written = allowed.written.stream().anyMatch(absolute::startsWith)
                || allowed.folders.stream().anyMatch(absolute::startsWith);
        if (!written) {
            return false;
        }
        try {
            Path real = resolved.toRealPath();
            return allowed.folders.stream().anyMatch(real::startsWith);
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * Refuses a base whose path as written (before links are resolved) leaves the allowed folders,
     * without looking at the file, so a refusal says nothing about what exists outside.
     *
     * @param file     the file whose {@code extends} names the base
     * @param written  the base as written in it
     * @param resolved the base's path, resolved against the file's folder and normalised
     * @throws ConfigException if the path leaves every allowed folder
     */
    void requireWrittenInside(Path file, String written, Path resolved) throws ConfigException {
        Path absolute = resolved.toAbsolutePath().normalize();
        for (Path folder : this.written) {
            if (absolute.startsWith(folder)) {
                return;
            }
        }
        for (Path folder : folders) {
            if (absolute.startsWith(folder)) {
                return;
            }
        }
        throw outside(file, written, absolute, false);
    }

    /**
     * @param file     the file whose {@code extends} names the base
     * @param written  the base as written in it
     * @param resolved the base's path, resolved against the file's folder
     * @throws ConfigException if the base, links resolved, is outside every allowed folder
     */
    void requireInside(Path file, String written, Path resolved) throws ConfigException {
        Path real;
        try {
            real = resolved.toRealPath();
        } catch (IOException e) {
            throw new ConfigException("config file " + resolved + " cannot be read (extends in " + file + ")");
        }
        for (Path folder : folders) {
            if (real.startsWith(folder)) {
                return;
            }
        }
        throw outside(file, written, real, !real.equals(resolved.toAbsolutePath().normalize()));
    }

    private ConfigException outside(Path file, String written, Path where, boolean link) {
        return ConfigException.of("extends", "\"" + written + "\"", "a base must be in the folder of the config "
                + "named on the command line or below it, or in the configs folder that holds it ("
                + String.join(" or ", this.written.stream().map(Path::toString).toList()) + "); this one is "
                + (link ? "a link to " : "") + where + " (in " + file + ")");
    }
}
