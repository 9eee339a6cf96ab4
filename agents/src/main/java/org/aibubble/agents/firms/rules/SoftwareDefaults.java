package org.aibubble.agents.firms.rules;

import org.aibubble.agents.config.FundBehaviour;

/**
 * Defaults of software borrowers. A yearly hazard {@code softwareDefaultBase + disruptionSensitivity *
 * (deep adoption above its start) + stressDefaultSensitivity * stress} defaults a twelfth of it each
 * month (at most everything); the lenders lose {@code 1 - recovery} of the defaulted face. Maturities
 * the funds do not roll over are repaid from cash as far as it goes; the rest defaults too.
 */
public final class SoftwareDefaults {
    private SoftwareDefaults() {
    }

    /**
     * @param lending      the funds' behaviour ({@code softwareDefaultBase}, {@code disruptionSensitivity},
     *                     {@code stressDefaultSensitivity})
     * @param adoptionRise deep adoption above its start, never negative
     * @param stressIndex  the financial-stress index
     * @return the share of loans defaulting this month, in {@code [.., 1]}
     */
    public static double monthlyShare(FundBehaviour lending, double adoptionRise, double stressIndex) {
        double hazard = (lending.softwareDefaultBase() + lending.disruptionSensitivity() * adoptionRise
                + lending.stressDefaultSensitivity() * stressIndex) / 12;
        return Math.min(1, hazard);
    }

    /**
     * @param lending the funds' behaviour ({@code recovery})
     * @return the share of a defaulted loan's face written off
     */
    public static double lossGivenDefault(FundBehaviour lending) {
        return 1 - lending.recovery();
    }

    /**
     * @param due      maturities not rolled over, USD bn
     * @param deposits the borrowers' cash, USD bn
     * @return what they repay, USD bn; the rest of {@code due} defaults
     */
    public static double repayable(double due, double deposits) {
        return Math.min(due, Math.max(0, deposits));
    }
}
