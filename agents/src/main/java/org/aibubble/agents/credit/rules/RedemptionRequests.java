package org.aibubble.agents.credit.rules;

import org.aibubble.agents.config.FundBehaviour;

/**
 * Investors' redemption requests at a quarter end, as a share of NAV: a calm base and the fund's own
 * bias, plus more when the fund's yearly return falls short of the policy rate, when other funds are
 * gated (contagion), when the AI index is in drawdown, news (a standard normal scaled by
 * {@code redemptionNoise}) and any redemption-wave event.
 */
public final class RedemptionRequests {
    private RedemptionRequests() {
    }

    /**
     * What drives one fund's requests this quarter.
     *
     * @param policyRate      the policy rate (yearly)
     * @param yearlyReturn    the fund's return over the last twelve months (share)
     * @param fundsGatedShare share of funds gated (0-1)
     * @param aiDrawdown      the AI index's drawdown from its peak (share)
     * @param news            this quarter's news draw for the fund (a standard normal)
     * @param wave            extra requests from a redemption-wave event, share of NAV (0 if none)
     */
    public record Drivers(double policyRate, double yearlyReturn, double fundsGatedShare, double aiDrawdown,
            double news, double wave) {
    }

    /**
     * @param behaviour      the funds' shared behaviour
     * @param redemptionBias this fund's extra requests, share of NAV
     * @param drivers        this quarter's drivers
     * @return requests as a share of NAV, never negative
     */
    public static double share(FundBehaviour behaviour, double redemptionBias, Drivers drivers) {
        double shortfall = Math.max(0, drivers.policyRate() - drivers.yearlyReturn());
        double share = behaviour.baseRedemption() + redemptionBias
                + behaviour.returnSensitivity() * shortfall
                + behaviour.gatingContagion() * drivers.fundsGatedShare()
                + behaviour.drawdownSensitivity() * drivers.aiDrawdown()
                + behaviour.redemptionNoise() * drivers.news()
                + drivers.wave();
        return Math.max(0, share);
    }
}
