package org.aibubble.sim.gui;

import java.util.List;

import javax.swing.JFrame;

import org.aibubble.agents.economy.Economy;
import org.aibubble.sim.config.ConfigComments;
import org.aibubble.sim.engine.AiEconomySim;

import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.Inspector;

/**
 * The MASON GUI of the AI-capex economy: wraps an {@link AiEconomySim} (which never knows it is
 * watched) with time-series charts, the financial network, a household histogram, the Model tab and
 * the Parameters tab.
 * Everything here reads the model and draws no random numbers from the model's stream; the only
 * randomness (sampling households for the histogram) uses MASON's separate {@link #guirandom}, so
 * a run watched in the GUI gives exactly the series of a headless run with the same seed.
 */
public final class AiEconomyWithUI extends GUIState {
    private final SeriesCharts charts;
    private final FinancialNetworkView network = new FinancialNetworkView();
    private final WealthHistogram histogram = new WealthHistogram(new EconomyHouseholds());
    private final LiveStatistics statistics = new LiveStatistics(this::currentEconomy);
    private final ParameterSheet parameterSheet;
    private ParameterPanel parameterPanel;

    /** @param model the model to watch; its config's seed is the Console's starting seed */
    public AiEconomyWithUI(AiEconomySim model) {
        this(model, ConfigComments.none());
    }

    /**
     * @param model    the model to watch; its config's seed is the Console's starting seed
     * @param comments the comments of the config's files: the Parameters tab's tooltips
     */
    public AiEconomyWithUI(AiEconomySim model, ConfigComments comments) {
        super(model);
        this.charts = new SeriesCharts(ChartCatalogue.standard());
        this.parameterSheet = new ParameterSheet(model.config(), comments);
    }

    /** @return the simulation's name in the Console title (MASON reads it reflectively) */
    public static String getName() {
        return "AI-capex economy";
    }

    /** @return the About tab text (MASON reads it reflectively) */
    public static Object getInfo() {
        return GuiInfo.HTML;
    }

    /** @return the model being watched */
    public AiEconomySim model() {
        return (AiEconomySim) state;
    }

    /** @return the time-series charts */
    public SeriesCharts charts() {
        return charts;
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        List<JFrame> frames = charts.createWindows(this);
        charts.charts().forEach(ExportControls::hideUnavailable);
        WindowLayout.placeCharts(frames);
        network.createWindow(this);
        histogram.createWindow(this);
        if (controller instanceof Console console) {
            parameterPanel = new ParameterPanel(parameterSheet, model(), console);
        }
    }

    @Override
    public void start() {
        super.start();
        attach();
        if (controller instanceof Console console) {
            // The Parameters tab may have changed run.months since the Console was opened.
            console.setWhenShouldEnd(model().config().run().months());
        }
        if (parameterPanel != null) {
            parameterPanel.modelStarted();
        }
    }

    /** @return the Parameters tab (null before {@link #init}, or under a controller that is not a Console) */
    ParameterPanel parameterPanel() {
        return parameterPanel;
    }

    @Override
    public void load(SimState loaded) {
        super.load(loaded);
        attach();
    }

    @Override
    public Inspector getInspector() {
        return new ModelTabInspector(this, statistics, new PolicyLevers(model()), new ScenarioEventsPanel(model()));
    }

    /** @return the household histogram */
    WealthHistogram histogram() {
        return histogram;
    }

    /** @return the network view */
    FinancialNetworkView network() {
        return network;
    }

    @Override
    public void quit() {
        super.quit();
        charts.dispose();
        network.dispose();
        histogram.dispose();
    }

    private void attach() {
        Economy economy = model().economy();
        charts.attach(this, economy);
        network.attach(this, economy);
        histogram.attach(this, economy);
    }

    private Economy currentEconomy() {
        return model().economy();
    }
}
