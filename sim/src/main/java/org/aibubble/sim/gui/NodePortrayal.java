package org.aibubble.sim.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;

import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.simple.OvalPortrayal2D;

/**
 * Draws an agent as a disc whose area grows with the log of its balance sheet and whose colour is
 * its distress state, with its short name beside it on a white backing: right of the disc, or left of
 * it where the name would run past the display's right edge (the right-hand column's
 * {@code software-borrowers}); double-clicking it opens an {@link AgentInspector}.
 */
final class NodePortrayal extends OvalPortrayal2D {
    private static final long serialVersionUID = 1L;
    /** Diameter of a node with an empty balance sheet, field units (the field is 100 units wide). */
    private static final double MIN_DIAMETER = 2.0;
    /** Extra diameter per factor of ten in the balance sheet, field units. */
    private static final double DIAMETER_PER_DECADE = 1.5;
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Color LABEL_COLOUR = new Color(0x22, 0x22, 0x22);
    private static final Color LABEL_BACKING = new Color(255, 255, 255, 200);
    /** Pixels between a disc and its label. */
    private static final int LABEL_GAP = 3;

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
        drawLabel(node.toString(), graphics, info);
    }

    /**
     * @param labelWidth the label's width, pixels
     * @param centreX    the disc's centre, pixels
     * @param radius     the disc's radius, pixels
     * @param rightEdge  the right edge of the visible display, pixels
     * @return where the label starts: right of the disc if it fits there, else left of it
     */
    static double labelX(double labelWidth, double centreX, double radius, double rightEdge) {
        double right = centreX + radius + LABEL_GAP;
        return right + labelWidth <= rightEdge ? right : centreX - radius - LABEL_GAP - labelWidth;
    }

    private void drawLabel(String label, Graphics2D graphics, DrawInfo2D info) {
        graphics.setFont(LABEL_FONT);
        FontMetrics metrics = graphics.getFontMetrics();
        int width = metrics.stringWidth(label);
        double radius = scale * info.draw.width / 2.0;
        double rightEdge = info.clip == null ? Double.POSITIVE_INFINITY : info.clip.getMaxX();
        int x = (int) Math.round(labelX(width, info.draw.x, radius, rightEdge));
        int baseline = (int) Math.round(info.draw.y + (metrics.getAscent() - metrics.getDescent()) / 2.0);
        graphics.setColor(LABEL_BACKING);
        graphics.fillRect(x - 1, baseline - metrics.getAscent(), width + 2, metrics.getAscent() + metrics.getDescent());
        graphics.setColor(LABEL_COLOUR);
        graphics.drawString(label, x, baseline);
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
