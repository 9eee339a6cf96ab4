package org.aibubble.agents.labs.rules;

import org.aibubble.agents.config.LabBehaviour;

/**
 * A lab's funding round: whether it closes, at what price and how big (docs/MODEL.md, "labs"):
 * odds {@code min(1, roundSuccess e^(s mood))}; pre-money
 * {@code min(revenueMultiple 12 R (1 + growthPremium max(0, g)) e^(s mood moodPriceShare), maxRevenueMultiple 12 R)};
 * size
 * {@code min(roundSizeMonths max(burn, minBurnRevenueShare R + 0.01), maxDilution pre-money)}.
 */
public final class RoundRule {
    /** Smallest monthly burn a round or a rescue is sized on, USD bn (10 million). */
    public static final double MIN_BURN = 0.01;

    private RoundRule() {
    }

    /**
     * @param b    {@code labs.behaviour.roundSuccess}, {@code moodSensitivity}
     * @param mood the funding mood ({@link LabMood#forRounds})
     * @return the chance the round closes this month
     */
    public static double odds(LabBehaviour b, double mood) {
        return Math.min(1, b.roundSuccess() * Math.exp(b.moodSensitivity() * mood));
    }

    /**
     * @param b             {@code labs.behaviour.revenueMultiple}, {@code growthPremium}, {@code moodSensitivity},
     *                      {@code moodPriceShare}, {@code maxRevenueMultiple}
     * @param revenue       the lab's revenue this month, USD bn
     * @param revenueGrowth its year-on-year revenue growth (negative growth counts as none)
     * @param mood          the funding mood
     * @return the pre-money valuation, USD bn, at most {@link #ceiling}
     */
    public static double preMoney(LabBehaviour b, double revenue, double revenueGrowth, double mood) {
        double growth = Math.max(0, revenueGrowth);
        double value = b.revenueMultiple() * 12 * revenue * (1 + b.growthPremium() * growth)
                * Math.exp(b.moodSensitivity() * mood * b.moodPriceShare());
        return Math.min(value, ceiling(b, revenue));
    }

    /**
     * @param b       {@code labs.behaviour.maxRevenueMultiple}
     * @param revenue the lab's revenue this month, USD bn
     * @return the most any investor values the lab at: {@code maxRevenueMultiple 12 R}, USD bn
     */
    public static double ceiling(LabBehaviour b, double revenue) {
        return b.maxRevenueMultiple() * 12 * Math.max(0, revenue);
    }

    /**
     * @param b        {@code labs.behaviour.roundSizeMonths}, {@code minBurnRevenueShare}, {@code maxDilution}
     * @param burn     monthly burn, USD bn
     * @param revenue  monthly revenue, USD bn
     * @param preMoney the pre-money valuation, USD bn
     * @return what the round asks for, USD bn
     */
    public static double size(LabBehaviour b, double burn, double revenue, double preMoney) {
        return Math.min(b.roundSizeMonths() * Math.max(burn, b.minBurnRevenueShare() * revenue + MIN_BURN),
                b.maxDilution() * preMoney);
    }

    /**
     * @param b    {@code labs.behaviour.roundSizeMonths}, {@code rescueSizeShare}
     * @param burn monthly burn, USD bn
     * @return what a rescue by the partner asks for, USD bn
     */
    public static double rescueSize(LabBehaviour b, double burn) {
        return b.roundSizeMonths() * Math.max(burn, MIN_BURN) * b.rescueSizeShare();
    }

    /**
     * @param b            {@code labs.behaviour.downRoundDiscount}
     * @param lastPostMoney the post-money valuation of the last round, USD bn
     * @param revenue       the lab's revenue this month, USD bn
     * @return the pre-money valuation of a rescue: {@code min((1 - downRoundDiscount) lastPostMoney, ceiling)}, USD bn
     */
    public static double rescuePreMoney(LabBehaviour b, double lastPostMoney, double revenue) {
        return Math.min(lastPostMoney * (1 - b.downRoundDiscount()), ceiling(b, revenue));
    }
}
