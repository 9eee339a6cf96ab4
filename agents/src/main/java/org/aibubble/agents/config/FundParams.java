package org.aibubble.agents.config;

import java.io.Serializable;

/**
 * One private-credit fund's starting book. USD billions.
 *
 * @param id            short identifier
 * @param nav           net asset value at the start
 * @param cashShare     share of NAV held as deposits
 * @param infraShare    share of loans to AI infrastructure (builders' vehicles and labs)
 * @param softwareShare share of loans to software borrowers
 * @param redemptionBias extra quarterly redemption requests of this fund's investors (share of NAV)
 */
public record FundParams(String id, double nav, double cashShare, double infraShare, double softwareShare,
        double redemptionBias) implements Serializable {
    /** Validates every field. */
    public FundParams {
        Require.identifier("id", id);
        Require.inRange("nav", nav, 0.1, 1e5);
        Require.share("cashShare", cashShare);
        Require.share("infraShare", infraShare);
        Require.share("softwareShare", softwareShare);
        if (infraShare + softwareShare > 1 + 1e-9) {
            throw new ParameterException("softwareShare", softwareShare,
                    "infraShare + softwareShare must not exceed 1 (infraShare is " + infraShare + ")");
        }
        Require.inRange("redemptionBias", redemptionBias, -0.05, 0.5);
    }
}
