package org.aibubble.agents.labs;

import java.io.Serializable;

/** Outside investors' money for lab rounds this month (the {@link VentureCapital} pool). */
public interface VentureFunding extends Serializable {
    /**
     * @param wanted what a round asks of outside investors, USD bn
     * @return what they put in, USD bn
     */
    double invest(double wanted);
}
