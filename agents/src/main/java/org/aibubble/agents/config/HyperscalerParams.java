package org.aibubble.agents.config;

import java.io.Serializable;

/**
 * One hyperscaler's starting balance sheet and profile. USD billions; annual flows are per year.
 *
 * @param id             short identifier, used in column names ({@code capex_<id>})
 * @param name           what the firm is, for chart legends and reports (e.g. {@code search & cloud}), at most
 *                       {@value #MAX_NAME_LENGTH} characters; optional (null: legends show the id)
 * @param coreRevenue    core business revenue (ads, cloud, software) at the start, per year
 * @param coreMargin     operating margin of the core business (the rest is bought from other firms)
 * @param capex          capex run-rate at the start, per year
 * @param cash           deposits at the start
 * @param bonds          corporate bonds outstanding
 * @param privateCredit  private-credit and off-balance-sheet vehicle debt outstanding
 * @param gpuBook        book value of installed GPUs
 * @param shellBook      book value of data-centre shells and power
 * @param marketCap      equity market value at the start
 * @param payoutRatio    share of positive earnings paid as dividends and buybacks
 * @param maxLeverage    debt / annual EBITDA above which the bond market is closed to the firm
 * @param partnerLab     id of the lab it has a compute-for-equity deal with, or "none"
 * @param partnerStake   share of the partner lab's equity it holds at the start
 * @param armsRaceWeight how strongly it answers rivals' capex growth (1 = average)
 */
public record HyperscalerParams(String id, @OptionalKey String name, double coreRevenue, double coreMargin, double capex, double cash,
        double bonds, double privateCredit, double gpuBook, double shellBook, double marketCap, double payoutRatio,
        double maxLeverage, String partnerLab, double partnerStake, double armsRaceWeight) implements Serializable {
    /** Longest name, so that a legend entry stays readable. */
    public static final int MAX_NAME_LENGTH = 40;

    /** Validates every field. */
    public HyperscalerParams {
        Require.identifier("id", id);
        if (name != null && (name.isBlank() || name.length() > MAX_NAME_LENGTH || !name.chars().allMatch(c -> c >= ' '))) {
            throw new ParameterException("name", name, "must be 1-" + MAX_NAME_LENGTH
                    + " printable characters, or left out");
        }
        Require.inRange("coreRevenue", coreRevenue, 0, 1e5);
        Require.share("coreMargin", coreMargin);
        Require.inRange("capex", capex, 0, 1e5);
        Require.inRange("cash", cash, 0, 1e5);
        Require.inRange("bonds", bonds, 0, 1e5);
        Require.inRange("privateCredit", privateCredit, 0, 1e5);
        Require.inRange("gpuBook", gpuBook, 0, 1e5);
        Require.inRange("shellBook", shellBook, 0, 1e5);
        Require.inRange("marketCap", marketCap, 1, 1e6);
        Require.share("payoutRatio", payoutRatio);
        Require.inRange("maxLeverage", maxLeverage, 0, 50);
        Require.identifier("partnerLab", partnerLab);
        Require.share("partnerStake", partnerStake);
        Require.inRange("armsRaceWeight", armsRaceWeight, 0, 10);
    }

    /** @return the legend label: {@code "h2 search & cloud"}, or the id without a name */
    public String label() {
        return label(id, name);
    }

    /**
     * @param id   a firm's id
     * @param name its name, or null
     * @return its legend label, as {@link #label()} (for readers of a saved config that do not bind it)
     */
    public static String label(String id, String name) {
        return name == null ? id : id + " " + name;
    }
}
