package org.aibubble.sim.gui;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.swing.JFrame;

import org.aibubble.agents.economy.EconomicAgent;
import org.aibubble.agents.economy.Economy;
import org.aibubble.agents.labs.LabInvestor;
import org.aibubble.agents.labs.ModelLab;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.ledger.Sector;

import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Double2D;

/**
 * The financial network display: every ledger account (an agent, or a household group) is a node on a
 * {@link Continuous2D}, every drawn claim
 * and compute contract ({@link LinkKind}) an edge of a MASON {@link Network}. After each month the edges
 * are rebuilt from the ledger, so defaults, write-downs and gated funds show up as links thinning and
 * nodes changing colour: contagion spreading across the picture.
 */
final class FinancialNetworkView {
    /** Claims smaller than this are not drawn, USD bn. */
    private static final double SMALLEST_LINK = 0.01;
    /** Pixels the window's border, header and scroll bars take from the display's width. */
    private static final int DISPLAY_INSET = 40;

    private final Continuous2D space = new Continuous2D(NetworkLayout.WIDTH, NetworkLayout.WIDTH, NetworkLayout.HEIGHT);
    private final Network network = new Network(true);
    private final ContinuousPortrayal2D nodes = new LegendedNodesPortrayal();
    private final NetworkPortrayal2D links = new NetworkPortrayal2D();
    private final List<AgentNode> agents = new ArrayList<>();
    private Display2D display;
    private Economy economy;

    /**
     * Creates the display window and registers it with the controller.
     *
     * @param gui the GUI state
     * @return the window
     */
    JFrame createWindow(GUIState gui) {
        int width = WindowLayout.network().width - DISPLAY_INSET;
        display = new Display2D(width, width * NetworkLayout.HEIGHT / NetworkLayout.WIDTH, gui);
        display.setBackdrop(Color.WHITE);
        display.attach(links, "Financial links");
        display.attach(nodes, "Agents");
        ExportControls.hideUnavailable(display);
        JFrame frame = display.createFrame();
        frame.setTitle("Financial network: size = balance sheet, colour = distress");
        gui.controller.registerFrame(frame);
        frame.setBounds(WindowLayout.network());
        frame.setVisible(true);
        return frame;
    }

    /**
     * Places the new run's agents and links and schedules the monthly link refresh.
     *
     * @param gui        the GUI state (its model has just been started)
     * @param newEconomy the economy of the new run
     */
    void attach(GUIState gui, Economy newEconomy) {
        economy = newEconomy;
        space.clear();
        network.clear();
        agents.clear();
        Map<Integer, EconomicAgent> byAccount = new HashMap<>();
        for (EconomicAgent agent : economy.agents()) {
            byAccount.put(agent.account(), agent);
        }
        Ledger ledger = economy.ledger();
        List<Sector> sectors = new ArrayList<>();
        for (int account = 0; account < ledger.size(); account++) {
            sectors.add(ledger.sector(account));
        }
        List<Double2D> positions = NetworkLayout.positions(sectors);
        for (int account = 0; account < ledger.size(); account++) {
            AgentNode node = new AgentNode(economy, account, byAccount.get(account));
            agents.add(node);
            space.setObjectLocation(node, positions.get(account));
            network.addNode(node);
        }
        refreshLinks();
        nodes.setField(space);
        nodes.setPortrayalForAll(new NodePortrayal());
        links.setField(new SpatialNetwork2D(space, network));
        links.setPortrayalForAll(new LinkPortrayal());
        gui.scheduleRepeatingImmediatelyAfter((SimState state) -> refreshLinks());
        if (display != null) {
            display.reset();
            display.repaint();
        }
    }

    /** @return the nodes of the current run, by account id */
    List<AgentNode> agents() {
        return List.copyOf(agents);
    }

    /** @return the number of links drawn this month */
    int linkCount() {
        int count = 0;
        for (Object node : network.getAllNodes()) {
            count += network.getEdgesOut(node).size();
        }
        return count;
    }

    /** @return the display, or null before the window is created */
    Display2D display() {
        return display;
    }

    /** Closes the window. */
    void dispose() {
        if (display != null && display.getFrame() != null) {
            display.getFrame().dispose();
        }
        display = null;
    }

    private void refreshLinks() {
        network.removeAllEdges();
        Ledger ledger = economy.ledger();
        for (LinkKind kind : LinkKind.CLAIMS) {
            for (AgentNode holder : agents) {
                if (!kind.drawsHolder(ledger.sector(holder.account()))) {
                    continue;
                }
                for (AgentNode issuer : agents) {
                    double amount = ledger.claim(kind.instrument(), holder.account(), issuer.account());
                    if (amount >= SMALLEST_LINK) {
                        network.addEdge(holder, issuer, new FinancialLink(kind, amount));
                    }
                }
            }
        }
        addComputeContracts(ledger);
    }

    /** A lab buys its compute from its partner hyperscaler: a link weighted by this month's compute bill. */
    private void addComputeContracts(Ledger ledger) {
        Map<Integer, AgentNode> byAccount = new HashMap<>();
        for (AgentNode node : agents) {
            byAccount.put(node.account(), node);
        }
        for (ModelLab lab : economy.world().labs()) {
            LabInvestor partner = lab.partner();
            if (partner == null) {
                continue;
            }
            double bill = ledger.spending(lab.account(), Flow.COMPUTE);
            AgentNode from = byAccount.get(lab.account());
            AgentNode to = byAccount.get(partner.account());
            if (from != null && to != null && bill >= SMALLEST_LINK) {
                network.addEdge(from, to, new FinancialLink(LinkKind.COMPUTE_CONTRACT, bill));
            }
        }
    }
}
