package org.aibubble.agents.firms;

import java.io.Serializable;

/**
 * A hyperscaler's GPUs as monthly vintages. Each vintage has a cost (USD bn), a capacity in compute
 * units and an age. Book depreciation is straight-line over the book life; a vintage stops producing
 * compute at its economic life, and whatever book value is left then is written down (the depreciation
 * gap surfaces as write-downs).
 */
public final class GpuFleet implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_AGE_MONTHS = 121;

    private final double[] cost = new double[MAX_AGE_MONTHS];
    private final double[] units = new double[MAX_AGE_MONTHS];
    private final double[] book = new double[MAX_AGE_MONTHS];
    private final int[] age = new int[MAX_AGE_MONTHS];
    private int next;
    private int bookLifeMonths;
    private int economicLifeMonths;

    /**
     * @param bookLifeMonths     accounting life, months
     * @param economicLifeMonths economic life, months
     */
    public GpuFleet(int bookLifeMonths, int economicLifeMonths) {
        this.bookLifeMonths = bookLifeMonths;
        this.economicLifeMonths = economicLifeMonths;
        java.util.Arrays.fill(age, -1);
    }

    /**
     * Adds a vintage.
     *
     * @param costBn     what it cost, USD bn
     * @param unitsAdded compute units it delivers per month
     * @param ageMonths  its age now (0 for a purchase this month; older for the opening fleet)
     * @param bookValue  its book value now
     */
    public void add(double costBn, double unitsAdded, int ageMonths, double bookValue) {
        if (age[next] >= 0 && book[next] > 1e-12) {
            throw new IllegalStateException("GPU fleet ring full: a vintage with book value would be dropped");
        }
        cost[next] = costBn;
        units[next] = unitsAdded;
        book[next] = bookValue;
        age[next] = ageMonths;
        next = (next + 1) % MAX_AGE_MONTHS;
    }

    /**
     * Ages the fleet by one month.
     *
     * @return {depreciation, write-down} this month, USD bn
     */
    public double[] age() {
        double depreciation = 0;
        double writeDown = 0;
        for (int v = 0; v < MAX_AGE_MONTHS; v++) {
            if (age[v] < 0) {
                continue;
            }
            age[v]++;
            if (book[v] > 0) {
                double d = Math.min(book[v], cost[v] / bookLifeMonths);
                book[v] -= d;
                depreciation += d;
            }
            if (age[v] >= economicLifeMonths && book[v] > 0) {
                writeDown += book[v];
                book[v] = 0;
            }
            if (age[v] >= Math.max(economicLifeMonths, bookLifeMonths) && book[v] <= 0) {
                age[v] = -1;
                units[v] = 0;
                cost[v] = 0;
            }
        }
        return new double[] {depreciation, writeDown};
    }

    /**
     * Changes the economic life (a scenario event); vintages already past it are written down at the next {@link #age()}.
     *
     * @param months the new economic life, months
     */
    public void setEconomicLife(int months) {
        economicLifeMonths = months;
    }

    /** @return compute units of vintages still within their economic life */
    public double capacity() {
        double total = 0;
        for (int v = 0; v < MAX_AGE_MONTHS; v++) {
            if (age[v] >= 0 && age[v] < economicLifeMonths) {
                total += units[v];
            }
        }
        return total;
    }

    /** @return book value of all GPUs, USD bn */
    public double bookValue() {
        double total = 0;
        for (double b : book) {
            total += b;
        }
        return total;
    }

    /** @return the economic life, months */
    public int economicLifeMonths() {
        return economicLifeMonths;
    }

    /** @return the book life, months */
    public int bookLifeMonths() {
        return bookLifeMonths;
    }
}
