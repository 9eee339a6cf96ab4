package org.aibubble.sim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.aibubble.agents.config.EventSpec;
import org.aibubble.agents.config.EventType;
import org.aibubble.agents.config.QePolicy;
import org.aibubble.agents.economy.ScenarioEvents;
import org.aibubble.agents.ledger.Sector;
import org.aibubble.agents.policy.Fed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Pause, poke an agent, change a policy, fire an event, play again: all through the model's interfaces. */
@Tag("gui")
class GuiInterventionsTest {
    private static final int MONTHS = 6;

    @BeforeEach
    void needsDisplay() {
        GuiTestSupport.assumeDisplay();
    }

    @Test
    void inspectingAnAgentShowsItsBalanceSheetAndDecisions() throws Exception {
        try (GuiTestSupport.Session session = GuiTestSupport.playMonths(GuiConfigs.baseline(), MONTHS)) {
            AgentNode hyperscaler = session.gui().network().agents().stream()
                    .filter(node -> node.getName().startsWith("hyperscaler")).findFirst().orElseThrow();
            List<BalanceSheetRow> sheet = hyperscaler.balanceSheet();
            assertTrue(sheet.stream().anyMatch(row -> row.item().equals("real capital") && row.asset() > 0),
                    "a hyperscaler owns GPUs and shells: " + sheet);
            BalanceSheetRow netWorth = sheet.get(sheet.size() - 1);
            assertEquals(hyperscaler.netWorth(), netWorth.liability(), 1e-9);
            assertTrue(hyperscaler.getNetWorth().matches("-?\\$[\\d.,]+ bn"), hyperscaler.getNetWorth());
            AgentNode fed = session.gui().network().agents().stream()
                    .filter(node -> node.getSector() == Sector.FED).findFirst().orElseThrow();
            new PolicyLevers(session.gui().model()).setQe(QePolicy.FORCED.ordinal());
            assertTrue(fed.recentDecisions().get(0).contains("QE setting forced"), "newest first: " + fed.recentDecisions());
            GuiTestSupport.onEdt(() -> {
                AgentInspector inspector = new AgentInspector(hyperscaler, session.gui());
                inspector.updateInspector();
                assertEquals(hyperscaler.getName(), inspector.getTitle());
            });
        }
    }

    @Test
    void leversAndEventsActThroughTheFedAndTheScenarioEvents() throws Exception {
        try (GuiTestSupport.Session session = GuiTestSupport.playMonths(GuiConfigs.baseline(), MONTHS)) {
            PolicyLevers levers = new PolicyLevers(session.gui().model());
            Fed fed = session.gui().model().economy().world().fed();
            levers.setQe(QePolicy.FORCED.ordinal());
            assertEquals(QePolicy.FORCED, fed.qeSetting());
            assertEquals(QePolicy.FORCED.ordinal(), levers.getQe());
            levers.setQe(QePolicy.OFF.ordinal());
            assertEquals(QePolicy.OFF, fed.qeSetting());
            List<EventSpec> recorded = session.gui().model().recordedConfig().scenario().events();
            assertEquals(List.of(EventType.QE_FORCED, EventType.NO_QE), recorded.stream().map(EventSpec::type).toList(),
                    "both lever moves recorded as events");
            assertEquals("month >= " + MONTHS, recorded.get(0).when());

            levers.setInflationWeight(2.5);
            assertEquals(2.5, fed.parametersInForce().inflationWeight(), 0.0);
            assertEquals(2.5, levers.getInflationWeight(), 0.0, "the slider shows the weight in force");
            assertEquals(0.5, session.gui().model().config().fed().inflationWeight(), 0.0,
                    "the config keeps fed.inflationWeight: the move is an event");
            levers.setInflationWeight(99);
            assertEquals(2.5, levers.getInflationWeight(), 0.0, "a value the Fed's parameters reject changes nothing");
            int monthsLeft = session.gui().model().config().run().months() - MONTHS;
            assertEquals(new EventSpec(EventType.INFLATION_WEIGHT, "month >= " + MONTHS, 2.5, monthsLeft),
                    session.gui().model().recordedConfig().scenario().events().get(2),
                    "recorded at its month, to the end of the run");

            ScenarioEvents events = session.gui().model().economy().world().events();
            int before = events.fired().size();
            ScenarioEventsPanel panel = new ScenarioEventsPanel(session.gui().model());
            GuiTestSupport.onEdt(() -> panel.fire(EventType.EFFICIENCY_SHOCK, 0.3, 1));
            assertEquals(before + 1, events.fired().size());
            assertTrue(events.fired().get(before).contains("intervention"), events.fired().get(before));
        }
    }
}
