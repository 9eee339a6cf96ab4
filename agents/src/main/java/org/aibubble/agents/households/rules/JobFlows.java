package org.aibubble.agents.households.rules;

/**
 * Job loss and hiring with churn. Each month a share {@code separationRate} of the employed lose their job
 * whatever firms want (quits and layoffs into unemployment; the CPS flow from employment to unemployment is
 * about 1.4% a month), and firms hire to replace them and to close the gap to their employment target. If
 * firms want fewer workers, the cut adds to the separations; if they want more, to the hires. Separations fall
 * on each employed member of a group with a chance proportional to the group's {@code separationExposure} (the
 * bottom of the K most exposed); hires on every unemployed household alike, with a chance of at most
 * {@code maxJobFinding} (matching takes time), so unemployment cannot fall below the frictional level
 * {@code separationRate / (separationRate + maxJobFinding)} however many workers firms want. Counts are
 * simulated households.
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
     * @param change         the change of employment firms want ({@link #change})
     * @param employed       the households employed last month
     * @param separationRate the monthly churn share of the employed ({@code households.separationRate})
     * @return the households that lose their job this month: the churn plus any cut
     */
    public static double separations(double change, double employed, double separationRate) {
        return separationRate * employed + Math.max(0, -change);
    }

    /**
     * @param change         the change of employment firms want ({@link #change})
     * @param employed       the households employed last month
     * @param separationRate the monthly churn share of the employed
     * @return the households firms want to hire this month: the churn replaced plus any rise
     */
    public static double hires(double change, double employed, double separationRate) {
        return separationRate * employed + Math.max(0, change);
    }

    /**
     * @param separations      the households that lose their job ({@link #separations})
     * @param exposureWeighted the employed weighted by their group's exposure, summed over groups
     * @param exposure         the group's {@code separationExposure}
     * @return the chance an employed member of the group loses the job, in [0, 1]
     */
    public static double fireChance(double separations, double exposureWeighted, double exposure) {
        return exposureWeighted > 0 ? Math.min(1, separations / exposureWeighted * exposure) : 0;
    }

    /**
     * @param hires         the households firms want to hire ({@link #hires})
     * @param unemployed    the households without a job last month
     * @param maxJobFinding the highest monthly job-finding chance ({@code households.maxJobFinding})
     * @return the chance an unemployed household is hired, in [0, maxJobFinding]
     */
    public static double hireChance(double hires, double unemployed, double maxJobFinding) {
        return unemployed > 0 ? Math.min(maxJobFinding, hires / unemployed) : 0;
    }
}
