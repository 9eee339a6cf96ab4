package org.aibubble.sim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.sim.TestConfigs;
import org.aibubble.sim.config.ConfigComments;
import org.aibubble.sim.config.ConfigException;
import org.aibubble.sim.config.ConfigLoader;
import org.aibubble.sim.config.ConfigOverride;
import org.junit.jupiter.api.Test;

/** The numeric keys of the Parameters tab, by sector with their comments, set through the --set path. */
class ParameterSheetTest {
    private static ParameterSheet sheet() throws ConfigException {
        return new ParameterSheet(GuiConfigs.baseline(), ConfigComments.read(List.of(TestConfigs.BASELINE)));
    }

    @Test
    void everyNumericKeyButTheSeedIsListedBySectorInTheConfigsOrder() throws Exception {
        ParameterSheet sheet = sheet();
        assertEquals(List.of("run", "macro", "households", "hyperscalers", "labs", "privateCredit", "fed", "markets"),
                sheet.sections(), "the baseline's scenario has no events, so no numeric key");
        List<String> paths = sheet.parameters().stream().map(ParameterSheet.Parameter::path).toList();
        assertFalse(paths.contains(ParameterSheet.SEED), "the Console's seed field sets run.seed");
        assertEquals(List.of("run.months", "run.households"), paths.subList(0, 2));
        assertFalse(paths.contains("run.start"), "text keys are not numeric");
        ParameterSheet.Parameter capex = sheet.parameters().stream()
                .filter(p -> p.path().equals("hyperscalers.firms[2].capex")).findFirst().orElseThrow();
        assertEquals("hyperscalers", capex.section());
        assertEquals("120", capex.configValue());
        assertTrue(capex.comment().startsWith("Capex run-rate at the start, per year"), capex.comment());
        assertEquals("0.045", sheet.value("macro.unemployment0"), "doubles as written in a config");
        assertTrue(sheet.parameters().size() > 300, "every numeric key: " + sheet.parameters().size());
    }

    @Test
    void aValueIsSetThroughTheSetPathAndTakesTheKeyBackWhenEqualToTheConfigs() throws Exception {
        ParameterSheet sheet = sheet();
        ModelConfig next = sheet.set("hyperscalers.firms[2].capex", " 200 ");
        assertEquals(200, next.hyperscalers().firms().get(2).capex(), 0.0);
        next = sheet.set("run.months", "36");
        assertEquals(36, next.run().months());
        assertEquals(Map.of("hyperscalers.firms[2].capex", "200", "run.months", "36"), sheet.edits());
        ModelConfig viaCli = new ConfigLoader().load(TestConfigs.BASELINE, List.of(
                ConfigOverride.ofOption("run.households", "2000", "--households 2000"),
                ConfigOverride.parse("hyperscalers.firms[2].capex=200"),
                ConfigOverride.parse("run.months=36"))).config();
        assertEquals(viaCli, sheet.config(), "the same config as run --set gives");
        assertTrue(sheet.edited("run.months"));
        sheet.set("run.months", "120");
        assertFalse(sheet.edited("run.months"), "the config's own value");
        assertEquals(Map.of("hyperscalers.firms[2].capex", "200"), sheet.edits());
        assertEquals(GuiConfigs.baseline(), sheet.reset());
        assertEquals(Map.of(), sheet.edits());
    }

    @Test
    void aRefusedValueIsTheCliOneLineErrorAndChangesNothing() throws Exception {
        ParameterSheet sheet = sheet();
        sheet.set("macro.unemployment0", "0.05");
        ModelConfig before = sheet.config();
        for (String[] bad : new String[][] {{"hyperscalers.firms[2].capex", "-5"}, {"macro.consumption0", "abc"},
                {"run.months", "1.5"}, {"run.households", ""}}) {
            ConfigException panel = assertThrows(ConfigException.class, () -> sheet.set(bad[0], bad[1]));
            ConfigException cli = assertThrows(ConfigException.class, () -> new ConfigLoader().load(TestConfigs.BASELINE,
                    List.of(ConfigOverride.parse(bad[0] + "=" + bad[1]))));
            assertEquals(cli.getMessage(), panel.getMessage(), "as run --set " + bad[0] + "=" + bad[1]);
            assertFalse(panel.getMessage().contains("\n"));
        }
        assertEquals("hyperscalers.firms[2].capex = -5: must be in [0, 100000]",
                assertThrows(ConfigException.class, () -> sheet.set("hyperscalers.firms[2].capex", "-5")).getMessage());
        assertEquals(before, sheet.config());
        assertEquals(Map.of("macro.unemployment0", "0.05"), sheet.edits());
        assertThrows(IllegalArgumentException.class, () -> sheet.set("run.seed", "3"), "not a key of the sheet");
    }
}
