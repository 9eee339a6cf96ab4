package org.aibubble.agents.markets;

import java.io.Serializable;

/**
 * The corporate bond spread over the 10-year yield as the bond market quotes it this month: a base
 * spread, plus a spread per unit of the issuer's leverage, plus a spread per unit of the Fed's
 * financial-stress index (the index read when the quote was set). Rates are fractions per year.
 *
 * @param baseSpread     spread at zero leverage and zero stress ({@code markets.baseSpread})
 * @param leverageSpread spread per unit of debt over annual EBITDA ({@code markets.leverageSpread})
 * @param stressSpread   spread per unit of the stress index ({@code markets.stressSpread})
 * @param stress         the stress index the quote is set at (0 calm, about 1 a crisis)
 */
public record SpreadCurve(double baseSpread, double leverageSpread, double stressSpread, double stress)
        implements Serializable {
    /**
     * @param leverage debt over annual EBITDA of the issuer (negative counts as zero)
     * @return the issuer's bond spread over the 10-year yield
     */
    public double spread(double leverage) {
        return baseSpread + leverageSpread * Math.max(0, leverage) + stressSpread * stress;
    }
}
