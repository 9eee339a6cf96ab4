package org.aibubble.sim.sweep.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.aibubble.sim.format.Mappers;
import org.aibubble.sim.sweep.SweepException;
import org.aibubble.sim.sweep.table.AtomicFile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads and writes {@code manifest.json} (pretty-printed, written atomically, ending in a newline). */
public final class ManifestFile {
    private static final ObjectMapper JSON = Mappers.prettyJson();

    /** The manifest's Saltelli block, bound by {@link org.aibubble.sim.sweep.spec.SensitivitySettings}. */
    private static final String SENSITIVITY = "sensitivity";
    /** Its keys as the sweep file writes them (the record's names)... */
    private static final List<String> SENSITIVITY_FILE_KEYS = List.of("baseSamples", "bootstrap", "confidence");
    /** ...and as manifest.json writes them: snake_case, as every key there; the file's names still read. */
    private static final List<String> SENSITIVITY_JSON_KEYS = List.of("base_samples", "bootstrap", "confidence");

    private ManifestFile() {
    }

    /** Renames the keys {@code from} of an object node to {@code to}, in place; anything else is left alone. */
    private static void renameKeys(JsonNode node, List<String> from, List<String> to) {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        for (int i = 0; i < from.size(); i++) {
            JsonNode value = object.remove(from.get(i));
            if (value != null) {
                object.set(to.get(i), value);
            }
        }
    }

    /**
     * Writes {@code manifest} to {@code dir/manifest.json} with the build's provenance, and the host and
     * wall-clock times to {@code dir/provenance.json} (see {@link SweepProvenance}).
     */
    public static void write(Path dir, SweepManifest manifest) throws IOException {
        ObjectNode node = JSON.valueToTree(manifest);
        renameKeys(node.get(SENSITIVITY), SENSITIVITY_FILE_KEYS, SENSITIVITY_JSON_KEYS);
        SweepProvenance.addBuild(node);
        AtomicFile.write(dir.resolve(Outputs.MANIFEST), JSON.writeValueAsString(node) + "\n");
        Path times = dir.resolve(SweepProvenance.FILE);
        ObjectNode process = SweepProvenance.process(Files.isRegularFile(times) ? JSON.readTree(times.toFile()) : null,
                manifest.status() == FolderStatus.COMPLETE, Instant.now());
        AtomicFile.write(times, JSON.writeValueAsString(process) + "\n");
    }

    /** @return whether {@code dir} holds a manifest */
    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(Outputs.MANIFEST));
    }

    /**
     * @return the manifest of {@code dir}
     * @throws SweepException if it is missing, cannot be read, or is not a sweep's or ensemble's (e.g. the
     *                        manifest of a single run folder)
     */
    public static SweepManifest read(Path dir) throws SweepException {
        Path file = dir.resolve(Outputs.MANIFEST);
        if (!Files.isRegularFile(file)) {
            throw new SweepException(dir + ": no " + Outputs.MANIFEST + ", so not a sweep or ensemble folder");
        }
        SweepManifest manifest;
        try {
            JsonNode tree = JSON.readTree(file.toFile());
            renameKeys(tree.get(SENSITIVITY), SENSITIVITY_JSON_KEYS, SENSITIVITY_FILE_KEYS);
            manifest = JSON.treeToValue(tree, SweepManifest.class);
        } catch (JsonProcessingException e) {
            throw new SweepException(file + ": not a readable manifest (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new SweepException(file + ": cannot be read (" + e.getMessage() + ")");
        }
        boolean known = SweepManifest.SWEEP.equals(manifest.kind()) || SweepManifest.ENSEMBLE.equals(manifest.kind());
        if (!known || manifest.sourceSha256() == null || manifest.baseConfigSha256() == null
                || manifest.shard() == null || manifest.status() == null || manifest.metrics().isEmpty()) {
            throw new SweepException(dir + ": its " + Outputs.MANIFEST + " is not a sweep's or an ensemble's "
                    + "(a run folder?); use another folder");
        }
        return manifest;
    }
}
