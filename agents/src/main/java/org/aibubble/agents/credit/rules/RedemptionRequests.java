package org.aibubble.agents.credit.rules;

import org.aibubble.agents.config.FundBehaviour;

/**
 * Investors' redemption requests at a quarter end, as a share of NAV. Two parts:
 * <ul>
 * <li>the calm flow: the base and the fund's own bias, news (a standard normal scaled by
 * {@code redemptionNoise}) and any redemption-wave event;</li>
 * <li>the stress-driven wish to leave, {@code S = returnSensitivity * max(0, policy - yearly return)
 * + gatingContagion * share gated + drawdownSensitivity * AI drawdown}. Investors act on bad news once:
 * what they asked for on account of stress is remembered at {@code fearMemory} a quarter, and only the
 * stress above that memory is asked again, {@code max(0, S - fearMemory * asked)}. So a stress that
 * persists brings a burst of requests and then a trickle, not the same wave every quarter; a stress that
 * keeps rising keeps the requests up.</li>
 * </ul>
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
     * @param stressAsked     stress-driven requests its investors counted after last quarter, share of NAV
     */
    public record Drivers(double policyRate, double yearlyReturn, double fundsGatedShare, double aiDrawdown,
            double news, double wave, double stressAsked) {
    }

    /**
     * One quarter's requests.
     *
     * @param share       requests, share of NAV, never negative
     * @param stressAsked the stress-driven requests investors count from now on, share of NAV
     */
    public record Requests(double share, double stressAsked) {
    }

    /**
     * @param behaviour the funds' shared behaviour
     * @param drivers   this quarter's drivers
     * @return the stress-driven wish to leave {@code S}, share of NAV, never negative
     */
    public static double stress(FundBehaviour behaviour, Drivers drivers) {
        double shortfall = Math.max(0, drivers.policyRate() - drivers.yearlyReturn());
        return behaviour.returnSensitivity() * shortfall
                + behaviour.gatingContagion() * drivers.fundsGatedShare()
                + behaviour.drawdownSensitivity() * drivers.aiDrawdown();
    }

    /**
     * @param behaviour      the funds' shared behaviour
     * @param redemptionBias this fund's extra requests, share of NAV
     * @param drivers        this quarter's drivers
     * @return the requests and the stress investors have now acted on
     */
    public static Requests of(FundBehaviour behaviour, double redemptionBias, Drivers drivers) {
        double remembered = behaviour.fearMemory() * drivers.stressAsked();
        double stressRequests = Math.max(0, stress(behaviour, drivers) - remembered);
        double share = behaviour.baseRedemption() + redemptionBias
                + behaviour.redemptionNoise() * drivers.news()
                + drivers.wave()
                + stressRequests;
        return new Requests(Math.max(0, share), remembered + stressRequests);
    }
}
