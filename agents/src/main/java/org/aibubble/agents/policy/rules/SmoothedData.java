package org.aibubble.agents.policy.rules;

/**
 * How the Fed smooths the data it reads: averages over the last few months and the Sahm (2019)
 * recession indicator, so that no single month's reading moves the tier or the rule.
 */
public final class SmoothedData {
    private SmoothedData() {
    }

    /**
     * @param oldestFirst monthly readings, oldest first
     * @param months      how many of the newest to average (at most the length)
     * @return the mean of the newest {@code months} readings
     */
    public static double recentMean(double[] oldestFirst, int months) {
        if (months < 1 || months > oldestFirst.length) {
            throw new IllegalArgumentException("months " + months + " outside 1.." + oldestFirst.length);
        }
        double sum = 0;
        for (int t = oldestFirst.length - months; t < oldestFirst.length; t++) {
            sum += oldestFirst[t];
        }
        return sum / months;
    }

    /**
     * The Sahm indicator on already averaged unemployment: the newest value less the lowest value of the
     * window (the newest included), so never negative.
     *
     * @param averagedOldestFirst 3-month averages of unemployment, oldest first (the newest last)
     * @return the rise of the newest average over the window's low
     */
    public static double riseOverLow(double[] averagedOldestFirst) {
        double newest = averagedOldestFirst[averagedOldestFirst.length - 1];
        double low = newest;
        for (double v : averagedOldestFirst) {
            low = Math.min(low, v);
        }
        return newest - low;
    }
}
