package org.aibubble.agents.credit.rules;

import org.aibubble.agents.config.FundBehaviour;

/**
 * The quarterly mark on a fund's loans. The expected yearly default rate is the recent default rate
 * plus {@code stressDefaultSensitivity * stress * softwareDefaultBase}; the target mark discounts
 * {@code markLossYears} years of it at loss {@code 1 - recovery}, floored at {@code markFloor}; the mark
 * closes {@code markSpeed} of the gap each quarter (slow, negotiated marks).
 */
public final class LoanMarks {
    private LoanMarks() {
    }

    /**
     * @param behaviour         the funds' shared behaviour
     * @param recentDefaultRate private-credit defaults over the last twelve months over loans (yearly)
     * @param stressIndex       the financial-stress index (0 calm, about 1 a crisis)
     * @return the mark the fund moves towards, share of face
     */
    public static double target(FundBehaviour behaviour, double recentDefaultRate, double stressIndex) {
        double expectedLoss = (recentDefaultRate
                + behaviour.stressDefaultSensitivity() * stressIndex * behaviour.softwareDefaultBase())
                * (1 - behaviour.recovery()) * behaviour.markLossYears();
        return Math.max(behaviour.markFloor(), 1 - expectedLoss);
    }

    /**
     * @param behaviour the funds' shared behaviour ({@code markSpeed})
     * @param mark      the current mark
     * @param target    the target mark
     * @return the new mark
     */
    public static double next(FundBehaviour behaviour, double mark, double target) {
        return mark + behaviour.markSpeed() * (target - mark);
    }
}
