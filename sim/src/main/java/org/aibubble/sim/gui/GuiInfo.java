package org.aibubble.sim.gui;

/** The text of the Console's About tab. */
final class GuiInfo {
    static final String HTML = """
            <html><body style="font-family:sans-serif">
            <h2>AI-capex economy</h2>
            <p>An agent-based, stock-flow-consistent economy of hyperscalers, model labs, private-credit
            funds, K-shaped households and the Fed. Boom and bust come from the agents' own decisions.</p>
            <ul>
            <li><b>Play / Pause / Stop</b>: one step is one month; the run ends at the config's horizon.</li>
            <li><b>Model tab</b>: live statistics (updated every month) and policy levers and scenario
            events. Edits take effect between months; pause first so a running month does not race your
            typing.</li>
            <li><b>Network</b>: nodes are agents (size = balance sheet, colour = distress: green healthy,
            orange stressed, purple gated, red failed; household groups blue); links are compute contracts,
            equity stakes, private-credit loans and fund units. Double-click a node to inspect its balance
            sheet and recent decisions.</li>
            <li><b>Charts</b>: drag the left edge of a chart window's plot to open MASON's chart settings.</li>
            <li>Watching never changes results: the GUI draws only from its own random stream, and a run
            with seed N here is the run of <code>run --seed N</code>. See docs/GUI.md.</li>
            </ul>
            </body></html>
            """;

    private GuiInfo() {
    }
}
