package org.aibubble.sim.gui;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;

import org.aibubble.agents.economy.Distress;

import sim.display.GUIState;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.portrayal.continuous.ContinuousPortrayal2D;

/**
 * The agents' layer of the network display, with a legend of node colours and link colours at the bottom.
 * A double-clicked agent's inspector is its own ({@link AgentInspector}), without the "Position" panel
 * MASON's field portrayals wrap around it (the position in the layout says nothing about the agent).
 */
final class LegendedNodesPortrayal extends ContinuousPortrayal2D {
    private static final long serialVersionUID = 1L;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final int LINE = 14;
    private static final int SWATCH = 10;

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        super.draw(object, graphics, info);
        drawLegend(graphics, info);
    }

    @Override
    public Inspector getInspector(LocationWrapper wrapper, GUIState state) {
        return wrapper == null ? null : getPortrayalForObject(wrapper.getObject()).getInspector(wrapper, state);
    }

    private static void drawLegend(Graphics2D graphics, DrawInfo2D info) {
        graphics.setFont(FONT);
        int x = (int) info.draw.x + 6;
        int y = (int) (info.draw.y + info.draw.height) - 2 * LINE - 4;
        for (Distress distress : Distress.values()) {
            x = swatch(graphics, x, y, DistressPalette.of(distress), distress.name().toLowerCase(java.util.Locale.ROOT));
        }
        swatch(graphics, x, y, DistressPalette.of(null), "households");
        x = (int) info.draw.x + 6;
        y += LINE;
        for (LinkKind kind : LinkKind.values()) {
            x = swatch(graphics, x, y, kind.colour(), kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        }
    }

    private static int swatch(Graphics2D graphics, int x, int y, Color colour, String label) {
        graphics.setColor(colour);
        graphics.fillRect(x, y - SWATCH + 1, SWATCH, SWATCH);
        graphics.setColor(Color.DARK_GRAY);
        graphics.drawString(label, x + SWATCH + 3, y);
        return x + SWATCH + 8 + graphics.getFontMetrics().stringWidth(label);
    }
}
