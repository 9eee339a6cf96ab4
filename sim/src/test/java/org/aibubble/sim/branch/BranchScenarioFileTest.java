package org.aibubble.sim.branch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
        assertEquals(f + ": households: a branch continues the saved economy and may change only scenario.name, "
                + "scenario.description, scenario.events and fed.* (not starting values)", e.getMessage());
    }

    @Test
    void refusesStartingValuesAndUnknownFedKeys() throws IOException {
        Path start = file("scenario:\n  name: x\n  description: d\nfed:\n  policyRate0: 0.01\n");
        assertEquals(start + ": fed.policyRate0: is a starting value; the saved economy is past its start, so a branch "
                + "cannot change it", assertThrows(BranchException.class, () -> BranchScenarioFile.read(start)).getMessage());
        BranchScenarioFile unknown = BranchScenarioFile.read(file("scenario:\n  name: x\n  description: d\nfed:\n  qeMode: 1\n"));
        assertEquals(unknown.file() + ": fed.qeMode: is not a Fed parameter of the saved run",
                assertThrows(BranchException.class, () -> unknown.applyTo(base())).getMessage());
    }

    @Test
    void requiresANameAndADescription() throws IOException {
        Path f = file("scenario:\n  description: d\n");
        assertEquals(f + ": scenario.name: is required (text)",
                assertThrows(BranchException.class, () -> BranchScenarioFile.read(f)).getMessage());
    }
}
