package org.aibubble.sim.gui;

/**
 * The information on one edge of the financial network: what kind of claim it is and how large.
 *
 * @param kind   the kind of claim
 * @param amount the claim's value this month, USD bn
 */
record FinancialLink(LinkKind kind, double amount) {
    @Override
    public String toString() {
        return String.format("%s %.1f bn", kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), amount);
    }
}
