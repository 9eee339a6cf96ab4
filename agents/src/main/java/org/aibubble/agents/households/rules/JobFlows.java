package org.aibubble.agents.households.rules;

/**
 * Job loss and hiring with churn: each month a share {@code separationRate} of jobs ends (quits, layoffs and
 * the end of contracts, as in the CPS flows from employment to unemployment) and is refilled, on top of the net
 * change firms want. Separations are spread over the employed in proportion to their group's
 * {@code separationExposure} (the bottom of the K most exposed); hires are spread evenly over the unemployed,
 * but matching caps the share of the unemployed who find a job in a month at {@code maxJobFinding}. With no net
 * change the flows balance where {@code u = s / (s + f)}, the frictional floor of unemployment. Counts are
 * simulated households.
 */
public final class JobFlows {
    private JobFlows() {
    }

    /**
     * @param target   the number of jobs firms want filled
     * @param employed the households employed last month
     * @return the net change of employment firms want, households (negative: jobs to cut)
     */
    public static double change(double target, double employed) {
        return target - employed;
    }

    /**
     * @param change         the net change of employment firms want ({@link #change})
     * @param employed       the households employed last month
     * @param separationRate the share of jobs that ends in a month with no net change
     * @return the jobs that end this month: churn plus the cut firms want
     */
    public static double separations(double change, double employed, double separationRate) {
        return separationRate * employed + Math.max(0, -change);
    }

    /**
     * @param change         the net change of employment firms want ({@link #change})
     * @param employed       the households employed last month
     * @param separationRate the share of jobs that ends in a month with no net change
     * @return the jobs firms fill this month: the churned jobs refilled plus the growth firms want
     */
    public static double hires(double change, double employed, double separationRate) {
        return separationRate * employed + Math.max(0, change);
    }

    /**
     * @param separations      the jobs that end this month ({@link #separations})
     * @param exposureWeighted the employed weighted by their group's exposure, summed over groups
     * @param exposure         the group's {@code separationExposure}
     * @return the chance an employed member of the group loses the job, in [0, 1]
     */
    public static double fireChance(double separations, double exposureWeighted, double exposure) {
        return separations > 0 && exposureWeighted > 0 ? Math.min(1, separations / exposureWeighted * exposure) : 0;
    }

    /**
     * @param hires          the jobs firms fill this month ({@link #hires})
     * @param unemployed     the households without a job last month
     * @param maxJobFinding  the largest share of the unemployed matching lets find a job in a month
     * @return the chance an unemployed household is hired, in [0, maxJobFinding]
     */
    public static double hireChance(double hires, double unemployed, double maxJobFinding) {
        return hires > 0 && unemployed > 0 ? Math.min(maxJobFinding, hires / unemployed) : 0;
    }
}
