package org.aibubble.sim.gui;

import java.awt.Color;
import java.awt.Graphics2D;

import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

/**
 * Draws a financial link in its kind's colour, thicker for larger claims (log scale), unlabelled and
 * not clickable (so that a double-click on an agent inspects the agent).
 */
final class LinkPortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final int ALPHA = 150;

    LinkPortrayal() {
        setShape(SHAPE_LINE_ROUND_ENDS);
        setScaling(NEVER_SCALE);
        setAdjustsThickness(true);
        setBaseWidth(1.0);
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        FinancialLink link = (FinancialLink) ((Edge) object).info;
        Color base = link.kind().colour();
        Color colour = new Color(base.getRed(), base.getGreen(), base.getBlue(), ALPHA);
        fromPaint = colour;
        toPaint = colour;
        super.draw(object, graphics, info);
    }

    @Override
    protected double getPositiveWeight(Object edge, EdgeDrawInfo2D info) {
        FinancialLink link = (FinancialLink) ((Edge) edge).info;
        return 0.5 + 0.8 * Math.log10(1.0 + Math.max(0.0, link.amount()));
    }

    /** Links are not hit by clicks: a double-click on an agent opens that agent, not the links under it. */
    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }

    @Override
    public String getLabel(Edge edge, EdgeDrawInfo2D info) {
        return "";
    }
}
