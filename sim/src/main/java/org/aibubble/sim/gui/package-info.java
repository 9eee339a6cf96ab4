/**
 * The MASON GUI (docs/GUI.md), reached only from the {@code gui} command: {@link
 * org.aibubble.sim.gui.AiEconomyWithUI} wraps the model with time-series charts ({@link
 * org.aibubble.sim.gui.ChartCatalogue}), the financial network ({@code FinancialNetworkView}), a
 * household histogram ({@code WealthHistogram}) and the Model tab (live statistics, {@link
 * org.aibubble.sim.gui.PolicyLevers}, scenario events now); {@link org.aibubble.sim.gui.GuiLauncher}
 * opens the Console with the windows laid out on one 1920x1080 screen. The GUI only reads the model
 * and acts on it through the economy's own interfaces; its one random choice uses MASON's GUI stream.
 */
package org.aibubble.sim.gui;
