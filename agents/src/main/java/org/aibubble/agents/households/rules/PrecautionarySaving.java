package org.aibubble.agents.households.rules;

/**
 * Precautionary saving: as unemployment rises above the level households are used to, each group cuts its
 * spending out of income by {@code precautionarySaving} per point of the rise, by at most
 * {@code 1 - MIN_CAUTION}; the level they are used to follows unemployment over
 * {@link #ADAPTATION_MONTHS} months. Rates are shares (0.05 = 5%).
 */
public final class PrecautionarySaving {
    /** Months over which households get used to a new level of unemployment (precaution fades). */
    public static final double ADAPTATION_MONTHS = 24;
    /** Precautionary saving cuts spending out of income by at most a quarter. */
    public static final double MIN_CAUTION = 0.75;

    private PrecautionarySaving() {
    }

    /**
     * @param precautionarySaving the group's cut of spending per unit of the rise of unemployment
     * @param unemployment        the unemployment rate last month
     * @param usedTo              the unemployment rate households are used to (before this month's update)
     * @return the factor on spending out of income: {@code max(MIN_CAUTION, 1 - precautionarySaving *
     *         max(0, unemployment - usedTo))}
     */
    public static double caution(double precautionarySaving, double unemployment, double usedTo) {
        double rise = Math.max(0, unemployment - usedTo);
        return Math.max(MIN_CAUTION, 1 - precautionarySaving * rise);
    }

    /**
     * @param unemployment the unemployment rate last month
     * @param usedTo       the unemployment rate households were used to
     * @return the level they are used to after this month
     */
    public static double usedTo(double unemployment, double usedTo) {
        return usedTo + (unemployment - usedTo) / ADAPTATION_MONTHS;
    }
}
