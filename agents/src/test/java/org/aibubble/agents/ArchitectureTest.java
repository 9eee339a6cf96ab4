package org.aibubble.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The economy stays free of GUI, serialization and file I/O: no source under agents/src/main may
 * import Swing, AWT, Jackson, java.io.File* or java.nio.file.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src", "main", "java");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.]+(\\.\\*)?)\\s*;",
            Pattern.MULTILINE);
    private static final List<String> FORBIDDEN = List.of("javax.swing.", "java.awt.", "com.fasterxml.jackson.",
            "java.io.File", "java.nio.file.");

    @Test
    void agentsImportNoGuiJacksonOrFileIo() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() > 5, "expected the agents sources under " + SOURCES.toAbsolutePath());
        List<String> violations = new ArrayList<>();
        for (Path source : sources) {
            violations.addAll(forbiddenImports(source, Files.readString(source)));
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theScanCatchesForbiddenImports() {
        String text = "package x;\nimport java.util.List;\nimport java.io.FileReader;\nimport javax.swing.*;\n"
                + "import static java.nio.file.Files.write;\n";
        assertEquals(3, forbiddenImports(Path.of("X.java"), text).size());
    }

    private static List<String> forbiddenImports(Path source, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = IMPORT.matcher(text);
        while (m.find()) {
            String imported = m.group(2);
            for (String prefix : FORBIDDEN) {
                if (imported.startsWith(prefix) || (imported + ".").startsWith(prefix)) {
                    found.add(source + ": import " + imported);
                }
            }
        }
        return found;
    }
}
