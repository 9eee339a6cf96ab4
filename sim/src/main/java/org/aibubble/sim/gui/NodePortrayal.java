package org.aibubble.sim.gui;

import java.awt.Graphics2D;

import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.simple.OvalPortrayal2D;

/**
 * Draws an agent as a disc whose area grows with the log of its balance sheet and whose colour is
 * its distress state; double-clicking it opens an {@link AgentInspector}.
 */
final class NodePortrayal extends OvalPortrayal2D {
    private static final long serialVersionUID = 1L;
    /** Diameter of a node with an empty balance sheet, field units (the field is 100 units wide). */
    private static final double MIN_DIAMETER = 2.0;
    /** Extra diameter per factor of ten in the balance sheet, field units. */
    private static final double DIAMETER_PER_DECADE = 1.5;

    /** @return the diameter of a node with total assets {@code balanceSheet} (USD bn), field units */
    static double diameter(double balanceSheet) {
        return MIN_DIAMETER + DIAMETER_PER_DECADE * Math.log10(1.0 + Math.max(0.0, balanceSheet));
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        AgentNode node = (AgentNode) object;
        scale = diameter(node.balanceSheetSize());
        paint = DistressPalette.of(node.distress());
        super.draw(object, graphics, info);
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        scale = diameter(((AgentNode) object).balanceSheetSize());
        return super.hitObject(object, range);
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        return new AgentInspector((AgentNode) wrapper.getObject(), state);
    }
}
