package org.aibubble.agents.labs.rules;

import org.aibubble.agents.config.LabBehaviour;

/**
 * What a lab does with its runway (cash over burn): below {@code roundTriggerMonths} it seeks a round;
 * below {@code cutMonths} it cuts training compute by {@code cutShare} a month and talent by
 * {@code talentCutRatio} of that, otherwise it grows them; below {@code failRunwayMonths} while burning it
 * is rescued by its partner or fails.
 */
public final class RunwayRule {
    /** Runway reported when a lab is not burning cash, months. */
    public static final double NOT_BURNING = 999;

    private RunwayRule() {
    }

    /**
     * @param cash its deposits, USD bn (overdrafts count as none)
     * @param burn monthly burn, USD bn
     * @return months of cash at the current burn ({@value #NOT_BURNING} when not burning)
     */
    public static double runway(double cash, double burn) {
        double positive = Math.max(0, cash);
        return burn > 0 ? positive / burn : NOT_BURNING;
    }

    /** @return whether a lab with this runway seeks a round */
    public static boolean seeksRound(LabBehaviour b, double runway) {
        return runway < b.roundTriggerMonths();
    }

    /** @return whether a lab with this runway cuts */
    public static boolean cuts(LabBehaviour b, double runway) {
        return runway < b.cutMonths();
    }

    /** @return whether a lab with this runway and burn is rescued or fails */
    public static boolean runsOut(LabBehaviour b, double runway, double burn) {
        return runway < b.failRunwayMonths() && burn > 0;
    }

    /**
     * @param b        {@code labs.behaviour.cutShare}, {@code talentCutRatio}, {@code trainingGrowth}, {@code talentGrowth}
     * @param cutting  whether runway is short
     * @return {training units factor, talent factor} for the month
     */
    public static double[] spendingFactors(LabBehaviour b, boolean cutting) {
        if (cutting) {
            return new double[] {1 - b.cutShare(), 1 - b.cutShare() * b.talentCutRatio()};
        }
        return new double[] {Math.pow(b.trainingGrowth(), 1.0 / 12), Math.pow(1 + b.talentGrowth(), 1.0 / 12)};
    }
}
