package org.aibubble.sim.branch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.aibubble.sim.format.Mappers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

class BranchScenarioFileTest {
    @TempDir
    Path dir;

    private Path file(String yaml) throws IOException {
        Path f = dir.resolve("branch.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    private static ObjectNode base() throws IOException {
        return (ObjectNode) Mappers.json().readTree("{\"run\":{\"seed\":42},\"scenario\":{\"name\":\"baseline\","
                + "\"description\":\"b\",\"events\":[{\"type\":\"efficiency-shock\"}]},\"fed\":{\"policyRate0\":0.04,"
                + "\"qe\":\"AUTO\",\"qePerMonth\":80}}");
    }

    @Test
    void appliesScenarioAndFedKeysOverTheSavedConfig() throws IOException {
        BranchScenarioFile branch = BranchScenarioFile.read(file(
                "scenario:\n  name: no-qe\n  description: no QE\n  events: []\nfed:\n  qe: \"off\"\n"));
        ObjectNode merged = branch.applyTo(base());
        assertEquals("no-qe", branch.name());
        assertEquals(0, merged.at("/scenario/events").size());
        assertEquals("off", merged.at("/fed/qe").asText());
        assertEquals(80, merged.at("/fed/qePerMonth").asInt());
        assertEquals(42, merged.at("/run/seed").asInt());
        assertEquals("AUTO", base().at("/fed/qe").asText(), "base untouched");
    }

    @Test
    void eventsStayWhenTheBranchDoesNotListThem() throws IOException {
        ObjectNode merged = BranchScenarioFile.read(file("scenario:\n  name: same\n  description: d\n")).applyTo(base());
        assertEquals(1, merged.at("/scenario/events").size());
    }

    @Test
    void refusesSectionsABranchMayNotChange() throws IOException {
        Path f = file("scenario:\n  name: x\n  description: d\nhouseholds:\n  count: 5\n");
        BranchException e = assertThrows(BranchException.class, () -> BranchScenarioFile.read(f));
        assertEquals(f + ": unknown key households (allowed: scenario, fed)", e.getMessage());
    }

    @Test
    void refusesStartingValuesAndUnknownFedKeys() throws IOException {
        Path start = file("scenario:\n  name: x\n  description: d\nfed:\n  policyRate0: 0.01\n");
        assertEquals(start + ": fed.policyRate0 = 0.01: is a starting value; the saved economy is past its start, so a branch "
                + "cannot change it", assertThrows(BranchException.class, () -> BranchScenarioFile.read(start)).getMessage());
        Path unknown = file("scenario:\n  name: x\n  description: d\nfed:\n  qeMode: 1\n");
        assertTrue(assertThrows(BranchException.class, () -> BranchScenarioFile.read(unknown)).getMessage()
                .startsWith(unknown + ": fed.qeMode = 1: is not a Fed parameter (allowed: policyRate0, rule, "),
                "an unknown Fed key is refused when the file is read, naming the keys allowed");
    }

    @Test
    void requiresANameAndADescription() throws IOException {
        Path f = file("scenario:\n  description: d\n");
        assertEquals(f + ": scenario.name is missing",
                assertThrows(BranchException.class, () -> BranchScenarioFile.read(f)).getMessage());
    }

    @Test
    void badValuesAreRefusedWhenTheFileIsReadNamingTheKey() throws IOException {
        Path event = file("scenario:\n  name: x\n  description: d\n  events:\n    - type: meteor\n"
                + "      when: \"month >= 3\"\n      size: 1\n      duration: 1\n");
        assertTrue(assertThrows(BranchException.class, () -> BranchScenarioFile.read(event)).getMessage()
                .startsWith(event + ": scenario.events[0].type = \"meteor\": must be one of efficiency-shock, "));
        Path name = file("scenario:\n  name: a/b\n  description: d\n");
        assertEquals(name + ": scenario.name = \"a/b\": must be a non-empty name of letters, digits, '-' or '_' "
                + "(it names the branch's folder)", assertThrows(BranchException.class,
                        () -> BranchScenarioFile.read(name)).getMessage());
        Path fed = file("scenario:\n  name: x\n  description: d\nfed: 3\n");
        assertEquals(fed + ": fed = 3: must be a mapping of names to values",
                assertThrows(BranchException.class, () -> BranchScenarioFile.read(fed)).getMessage());
        Path empty = file("scenario:\n  name: x\n  description: d\nfed:\n  qe: null\n");
        assertEquals(empty + ": fed.qe = null: a value is required",
                assertThrows(BranchException.class, () -> BranchScenarioFile.read(empty)).getMessage());
    }
}
