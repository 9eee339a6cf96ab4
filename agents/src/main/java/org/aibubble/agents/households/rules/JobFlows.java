package org.aibubble.agents.households.rules;

/**
 * Job loss and hiring: the chances that move employment to firms' target in one month. If firms want fewer
 * workers, each employed member of a group loses the job with a chance proportional to the group's
 * {@code separationExposure} (the bottom of the K most exposed); if they want more, each unemployed household is
 * hired with the same chance. Counts are simulated households.
 */
public final class JobFlows {
    private JobFlows() {
    }

    /**
     * @param target   the number of jobs firms want filled
     * @param employed the households employed last month
     * @return the change of employment firms want, households (negative: jobs to cut)
     */
    public static double change(double target, double employed) {
        return target - employed;
    }

    /**
     * @param change            the change of employment firms want ({@link #change})
     * @param exposureWeighted  the employed weighted by their group's exposure, summed over groups
     * @param exposure          the group's {@code separationExposure}
     * @return the chance an employed member of the group loses the job, in [0, 1]
     */
    public static double fireChance(double change, double exposureWeighted, double exposure) {
        return change < 0 && exposureWeighted > 0 ? Math.min(1, -change / exposureWeighted * exposure) : 0;
    }

    /**
     * @param change     the change of employment firms want ({@link #change})
     * @param unemployed the households without a job last month
     * @return the chance an unemployed household is hired, in [0, 1]
     */
    public static double hireChance(double change, double unemployed) {
        return change > 0 && unemployed > 0 ? Math.min(1, change / unemployed) : 0;
    }
}
