package org.aibubble.sim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.aibubble.agents.config.EventType;
import org.aibubble.agents.config.ModelConfig;
import org.aibubble.sim.TestConfigs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    private static final String VALID = """
            run:
              seed: 7
              months: 24
              start: "2026-01"
              households: 1000
            scenario:
              name: test
              description: a test
              events:
                - type: efficiency-shock
                  when: "month >= 3"
                  size: 0.4
                  duration: 1
            """ + TestConfigs.MODEL_SECTIONS;

    private static final String FUNDS = """
            privateCredit:
              funds:
                - {name: a, gate: 0.05, loans: 10, stress: no-qe}
                - {name: b, gate: 0.05, loans: 10, stress: no_qe}
                - {name: c, gate: 0.05, loans: 10, stress: NO_QE}
            households:
              groups:
                - {name: top, populationShare: 0.2}
            """;

    @TempDir
    Path dir;

    private final ConfigLoader loader = new ConfigLoader();

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private String error(Path file, ConfigOverride... overrides) {
        return assertThrows(ConfigException.class, () -> loader.load(file, List.of(overrides))).getMessage();
    }

    private String fixtureError(String text, ConfigOverride... overrides) throws IOException {
        Path file = write("fixture.yaml", text);
        return assertThrows(ConfigException.class,
                () -> loader.loadAs(file, List.of(overrides), FixtureConfig.class)).getMessage();
    }

    @Test
    void loadsAValidConfigWithKebabCaseEnums() throws Exception {
        ModelConfig config = loader.load(write("ok.yaml", VALID));
        assertEquals(7, config.run().seed());
        assertEquals(24, config.run().months());
        assertEquals(EventType.EFFICIENCY_SHOCK, config.scenario().events().get(0).type());
    }

    @Test
    void loadsJson() throws Exception {
        String json = TestConfigs.baselineJson(2, 100);
        assertEquals(2, loader.load(write("ok.json", json)).run().months());
    }

    @Test
    void acceptsEnumNamesInKebabLowerAndUpperCase() throws Exception {
        FixtureConfig config = loader.loadAs(write("f.yaml", FUNDS), List.of(), FixtureConfig.class);
        config.privateCredit().funds().forEach(f -> assertEquals(EventType.NO_QE, f.stress()));
    }

    @Test
    void missingFileIsNamed() {
        assertEquals("config file " + dir.resolve("nope.yaml") + " not found", error(dir.resolve("nope.yaml")));
    }

    @Test
    void malformedYamlGivesTheLine() throws IOException {
        Path file = write("bad.yaml", "run:\n  seed: 1\n   months: [\n");
        String message = error(file);
        assertEquals(file + " line 3: malformed YAML", message.substring(0, message.indexOf(" (")));
    }

    @Test
    void malformedJsonIsNamed() throws IOException {
        Path file = write("bad.json", "{\"run\": {\"seed\": 1,,}}");
        String message = error(file);
        assertEquals(file + " line 1: malformed JSON", message.substring(0, message.indexOf(" (")));
    }

    @Test
    void duplicateKeysAreRejected() throws IOException {
        Path file = write("dup.yaml", VALID + "run:\n  seed: 3\n");
        long line = VALID.lines().count() + 1;
        assertEquals(file + " line " + line + ": malformed YAML", error(file).substring(0, error(file).indexOf(" (")));
    }

    @Test
    void unknownExtensionIsRejected() throws IOException {
        Path file = write("c.txt", VALID);
        assertEquals("config file " + file + ": must end in .yaml, .yml or .json", error(file));
    }

    @Test
    void unknownKeyListsTheAllowedKeys() throws IOException {
        Path file = write("u.yaml", VALID.replace("  households: 1000", "  households: 1000\n  colour: red"));
        assertEquals("unknown key run.colour (allowed: seed, months, start, households)", error(file));
    }

    @Test
    void unknownKeyInAListEntryHasItsIndex() throws IOException {
        assertEquals("unknown key households.groups[0].colour (allowed: name, populationShare)",
                fixtureError(FUNDS.replace("populationShare: 0.2}", "populationShare: 0.2, colour: red}")));
    }

    @Test
    void missingKeyIsNamed() throws IOException {
        Path file = write("m.yaml", VALID.replace("  months: 24\n", ""));
        assertEquals("run.months is missing", error(file));
    }

    @Test
    void missingSectionIsNamed() throws IOException {
        Path file = write("m.yaml", VALID.substring(0, VALID.indexOf("scenario:")));
        assertEquals("scenario is missing", error(file));
    }

    @Test
    void nullValueIsRejected() throws IOException {
        Path file = write("n.yaml", VALID.replace("months: 24", "months:"));
        assertEquals("run.months = null: a value is required", error(file));
    }

    @Test
    void textForAnIntegerIsRejected() throws IOException {
        Path file = write("t.yaml", VALID.replace("months: 24", "months: abc"));
        assertEquals("run.months = \"abc\": must be an integer", error(file));
    }

    @Test
    void quotedNumberForAnIntegerIsRejected() throws IOException {
        Path file = write("t.yaml", VALID.replace("months: 24", "months: \"24\""));
        assertEquals("run.months = \"24\": must be an integer", error(file));
    }

    @Test
    void fractionForAnIntegerIsRejected() throws IOException {
        Path file = write("t.yaml", VALID.replace("months: 24", "months: 24.5"));
        assertEquals("run.months = 24.5: must be an integer", error(file));
    }

    @Test
    void textForANumberIsRejected() throws IOException {
        Path file = write("t.yaml", VALID.replace("size: 0.4", "size: big"));
        assertEquals("scenario.events[0].size = \"big\": must be a number", error(file));
    }

    @Test
    void unknownEnumListsTheAllowedNames() throws IOException {
        Path file = write("e.yaml", VALID.replace("efficiency-shock", "meteor"));
        assertEquals("scenario.events[0].type = \"meteor\": must be one of efficiency-shock, term-premium-shock, "
                + "redemption-wave, power-constraint, no-qe, qe-auto, qe-forced, gpu-life-change, inflation-weight, "
                + "unemployment-weight, qe-per-month", error(file));
    }

    @Test
    void anEventsSizeIsCheckedAgainstTheRangeOfItsType() throws Exception {
        Path shock = write("s.yaml", VALID.replace("size: 0.4", "size: 101"));
        assertEquals("scenario.events[0].size = 101: must be in [-100, 100] for efficiency-shock", error(shock));
        Path weight = write("w.yaml", VALID.replace("efficiency-shock", "inflation-weight").replace("size: 0.4", "size: 5.5"));
        assertEquals("scenario.events[0].size = 5.5: must be in [0, 5] for inflation-weight "
                + "(the range of fed.inflationWeight)", error(weight));
        Path pace = write("p.yaml", VALID.replace("efficiency-shock", "qe-per-month").replace("size: 0.4", "size: -1"));
        assertEquals("scenario.events[0].size = -1: must be in [0, 10000] for qe-per-month "
                + "(the range of fed.qePerMonth)", error(pace));
        Path paceAbove100 = write("q.yaml", VALID.replace("efficiency-shock", "qe-per-month").replace("size: 0.4", "size: 250"));
        assertEquals(250.0, loader.load(paceAbove100).scenario().events().get(0).size(), 0.0,
                "a QE pace is in USD bn a month, beyond the shocks' range");
    }

    @Test
    void anUnknownMonetaryRuleListsTheRules() throws IOException {
        Path file = write("r.yaml", VALID);
        assertEquals("fed.rule = \"volcker\": must be one of taylor, first-difference",
                error(file, ConfigOverride.ofOption("fed.rule", "volcker", "test")));
    }

    @Test
    void aBareOffIsTheQeSettingOff() throws IOException, ConfigException {
        Path file = write("q.yaml", VALID.replace("qe: auto", "qe: off"));
        assertEquals(org.aibubble.agents.config.QePolicy.OFF, new ConfigLoader().load(file, List.of()).config().fed().qe());
    }

    @Test
    void outOfRangeValueFromARecordGetsTheFullPath() throws IOException {
        Path file = write("r.yaml", VALID.replace("months: 24", "months: 0"));
        assertEquals("run.months = 0: must be an integer in [1, 1200]", error(file));
    }

    @Test
    void validationInsideAListEntryGetsTheIndex() throws IOException {
        Path file = write("r.yaml", VALID.replace("duration: 1", "duration: 0"));
        assertEquals("scenario.events[0].duration = 0: must be an integer in [1, 1200]", error(file));
    }

    @Test
    void shareAboveOneIsRejectedWithItsPath() throws IOException {
        assertEquals("privateCredit.funds[2].gate = 1.4: must be in [0, 1]",
                fixtureError(FUNDS.replace("{name: c, gate: 0.05", "{name: c, gate: 1.4")));
    }

    @Test
    void aWholeNumberForADoubleKeyIsShownAsWritten() throws IOException {
        assertEquals("privateCredit.funds[0].gate = 2: must be in [0, 1]",
                fixtureError(FUNDS.replace("{name: a, gate: 0.05", "{name: a, gate: 2")));
    }

    @Test
    void negativeCountIsRejectedWithItsPath() throws IOException {
        assertEquals("privateCredit.funds[1].loans = -5: must be an integer in [0, 10000]",
                fixtureError(FUNDS.replace("{name: b, gate: 0.05, loans: 10", "{name: b, gate: 0.05, loans: -5")));
    }

    @Test
    void setOverridesAListEntryByIndex() throws Exception {
        Path file = write("f.yaml", FUNDS);
        FixtureConfig config = loader.loadAs(file,
                List.of(ConfigOverride.parse("privateCredit.funds[2].gate=0.1")), FixtureConfig.class);
        assertEquals(0.1, config.privateCredit().funds().get(2).gate());
        assertEquals(0.05, config.privateCredit().funds().get(1).gate());
    }

    @Test
    void setValueIsValidatedLikeTheFile() throws Exception {
        assertEquals("privateCredit.funds[2].gate = 1.4: must be in [0, 1]",
                fixtureError(FUNDS, ConfigOverride.parse("privateCredit.funds[2].gate=1.4")));
    }

    @Test
    void setOfAPathThatDoesNotExistNamesIt() throws Exception {
        assertEquals("--set privateCredit.fund[2].gate=0.1: no key privateCredit.fund in the config",
                fixtureError(FUNDS, ConfigOverride.parse("privateCredit.fund[2].gate=0.1")));
        assertEquals("--set privateCredit.funds[7].gate=0.1: no key privateCredit.funds[7] in the config"
                        + " (the list has 3 entries)",
                fixtureError(FUNDS, ConfigOverride.parse("privateCredit.funds[7].gate=0.1")));
    }

    @Test
    void setWithoutAnEqualsSignIsRejected() {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigOverride.parse("run.months"));
        assertEquals("--set = run.months: must be path.to.key=value, e.g. run.months=60", e.getMessage());
    }

    @Test
    void setParsesTheValueAsYaml() throws Exception {
        Path file = write("ok.yaml", VALID);
        LoadedConfig loaded = loader.load(file, List.of(ConfigOverride.parse("run.months=36"),
                ConfigOverride.parse("scenario.events=[]"), ConfigOverride.ofOption("run.seed", "9", "--seed 9")));
        assertEquals(36, loaded.config().run().months());
        assertEquals(9, loaded.config().run().seed());
        assertEquals(List.of(), loaded.config().scenario().events());
    }

    @Test
    void setTextForAnIntegerIsRejected() throws Exception {
        Path file = write("ok.yaml", VALID);
        assertEquals("run.months = \"abc\": must be an integer", error(file, ConfigOverride.parse("run.months=abc")));
    }

    @Test
    void extendsMergesMapsAndReplacesLists() throws Exception {
        write("configs/baseline.yaml", VALID);
        Path scenario = write("configs/scenarios/s.yaml", """
                extends: ../baseline.yaml
                run:
                  months: 60
                scenario:
                  name: s
                  events: []
                """);
        LoadedConfig loaded = loader.load(scenario, List.of());
        assertEquals(60, loaded.config().run().months());
        assertEquals(7, loaded.config().run().seed());
        assertEquals("a test", loaded.config().scenario().description());
        assertEquals("s", loaded.config().scenario().name());
        assertEquals(List.of(), loaded.config().scenario().events());
        assertEquals(2, loaded.sources().size());
    }

    @Test
    void extendsChainsAndDetectsCycles() throws IOException {
        write("a.yaml", "extends: b.yaml\nrun:\n  seed: 1\n");
        write("b.yaml", "extends: a.yaml\n");
        String message = error(dir.resolve("a.yaml"));
        assertEquals("config file " + dir.resolve("b.yaml") + ": extends cycle " + dir.resolve("a.yaml") + " -> "
                + dir.resolve("b.yaml") + " -> " + dir.resolve("a.yaml"), message);
    }

    @Test
    void extendsOfAMissingBaseNamesIt() throws IOException {
        Path file = write("a.yaml", "extends: gone.yaml\n");
        assertEquals("config file " + dir.resolve("gone.yaml") + " not found (extends in " + file + ")", error(file));
    }
}
