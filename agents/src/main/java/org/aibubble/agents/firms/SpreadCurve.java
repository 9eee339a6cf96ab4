package org.aibubble.agents.firms;

import java.io.Serializable;

/** The bond market's quote of an issuer's spread over the 10-year yield, from its leverage (debt / annual EBITDA). */
@FunctionalInterface
public interface SpreadCurve extends Serializable {
    /**
     * @param leverage debt over annual EBITDA
     * @return the spread, per year
     */
    double spread(double leverage);
}
