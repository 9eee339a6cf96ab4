package org.aibubble.agents.firms;

import java.io.Serializable;

/**
 * A hyperscaler's capex commitments: what it has ordered and not yet paid. A GPU order is paid on delivery
 * {@code gpuLeadMonths} after it is placed (0 = the month it is placed); a shell-and-power order is paid in
 * equal instalments over its {@code shellBuildMonths}, the first in the month it is placed. What is spent in a
 * month is what falls due then, so a cut in orders lowers spending only as the pipeline runs off
 * (docs/MODEL.md section 4, "commitments"). With a lead of 0 and a build of 1 month every order is paid
 * the month it is placed.
 */
public final class CapexCommitments implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int gpuLeadMonths;
    private final int shellBuildMonths;
    private final double[] gpuDue;
    private final double[] shellDue;
    private int head;

    /**
     * @param gpuLeadMonths    months from a GPU order to its delivery and payment, {@code >= 0}
     * @param shellBuildMonths months over which a shell order is paid, {@code >= 1}
     */
    public CapexCommitments(int gpuLeadMonths, int shellBuildMonths) {
        if (gpuLeadMonths < 0 || shellBuildMonths < 1) {
            throw new IllegalArgumentException("gpuLeadMonths >= 0 and shellBuildMonths >= 1, got " + gpuLeadMonths
                    + " and " + shellBuildMonths);
        }
        this.gpuLeadMonths = gpuLeadMonths;
        this.shellBuildMonths = shellBuildMonths;
        int horizon = Math.max(gpuLeadMonths + 1, shellBuildMonths);
        this.gpuDue = new double[horizon];
        this.shellDue = new double[horizon];
    }

    /**
     * Fills the pipeline as if orders had grown at {@code monthlyGrowth} up to last month, last month's
     * orders being {@code lastOrder / (1 + monthlyGrowth)}: the opening books of a firm whose capex has been
     * growing. Payments of past months are history and not kept.
     *
     * @param lastOrder     the order the series grows into this month, USD bn (not placed)
     * @param gpuShare      share of each order that is GPUs
     * @param monthlyGrowth growth of orders per month
     */
    public void openGrowing(double lastOrder, double gpuShare, double monthlyGrowth) {
        for (int a = gpuDue.length; a >= 1; a--) {
            double order = lastOrder * Math.pow(1 + monthlyGrowth, -a);
            place(gpuShare * order, (1 - gpuShare) * order);
            takeDue();
        }
    }

    /**
     * The order that makes this month's spending {@code spending} when orders have grown at {@code monthlyGrowth}
     * a month: {@code spending / (gpuShare (1+g)^-lead + (1 - gpuShare) mean_{a < build} (1+g)^-a)}.
     *
     * @param spending      spending to reach this month, USD bn
     * @param gpuShare      share of each order that is GPUs
     * @param monthlyGrowth growth of orders per month
     * @param lead          GPU lead, months
     * @param build         shell build, months
     * @return this month's order, USD bn
     */
    public static double orderForSpending(double spending, double gpuShare, double monthlyGrowth, int lead,
            int build) {
        double shells = 0;
        for (int a = 0; a < build; a++) {
            shells += Math.pow(1 + monthlyGrowth, -a);
        }
        return spending / (gpuShare * Math.pow(1 + monthlyGrowth, -lead) + (1 - gpuShare) * shells / build);
    }

    /**
     * Places this month's orders.
     *
     * @param gpus   GPUs ordered, USD bn (paid {@code gpuLeadMonths} from now)
     * @param shells shells and power ordered, USD bn (paid over {@code shellBuildMonths} from this month on)
     */
    public void place(double gpus, double shells) {
        gpuDue[slot(gpuLeadMonths)] += gpus;
        double instalment = shells / shellBuildMonths;
        for (int k = 0; k < shellBuildMonths; k++) {
            shellDue[slot(k)] += instalment;
        }
    }

    /**
     * Takes what falls due this month out of the book and moves on to the next month.
     *
     * @return the GPUs delivered and the shell instalments due this month
     */
    public Due takeDue() {
        Due due = new Due(gpuDue[head], shellDue[head]);
        gpuDue[head] = 0;
        shellDue[head] = 0;
        head = (head + 1) % gpuDue.length;
        return due;
    }

    /**
     * Places this month's orders and takes what falls due: {@link #place} then {@link #takeDue}.
     *
     * @param gpus   GPUs ordered, USD bn
     * @param shells shells and power ordered, USD bn
     * @return what falls due this month
     */
    public Due takeDueAfter(double gpus, double shells) {
        place(gpus, shells);
        return takeDue();
    }

    /** @return everything ordered and not yet paid, USD bn */
    public double outstanding() {
        double total = 0;
        for (int k = 0; k < gpuDue.length; k++) {
            total += gpuDue[k] + shellDue[k];
        }
        return total;
    }

    private int slot(int monthsAhead) {
        return (head + monthsAhead) % gpuDue.length;
    }

    /**
     * What falls due in one month.
     *
     * @param gpus   GPUs delivered and paid, USD bn
     * @param shells shell and power instalments, USD bn
     */
    public record Due(double gpus, double shells) implements Serializable {
        /** @return both, USD bn */
        public double total() {
            return gpus + shells;
        }
    }
}
