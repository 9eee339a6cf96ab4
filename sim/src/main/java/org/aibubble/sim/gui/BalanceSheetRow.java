package org.aibubble.sim.gui;

/**
 * One line of an agent's balance sheet as the inspector shows it.
 *
 * @param item        the instrument (or "real capital", "net worth")
 * @param asset       the amount held, USD bn
 * @param liability   the amount owed (or net worth, on the liability side), USD bn
 */
public record BalanceSheetRow(String item, double asset, double liability) {
}
