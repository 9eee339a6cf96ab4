package org.aibubble.agents.households.rules;

/**
 * Card credit: the share of card limits banks still grant as financial stress rises, and the point at which an
 * unemployed borrower with no deposits left counts as delinquent. (Borrowing, repayment and the interest test of
 * delinquency are per-household equations in {@code ScalarKernel}, with their keys in {@code households.*}.)
 */
public final class CardCredit {
    /** Banks never cut card lines below this share of the limits. */
    public static final double MIN_CREDIT_LINE = 0.2;
    /** An unemployed borrower at this share of the card limit with no deposits left counts as delinquent. */
    public static final double DELINQUENT_LIMIT_USED = 0.999;

    private CardCredit() {
    }

    /**
     * @param stressCut share of limits cut per unit of the stress index ({@code households.cardLimitStressCut})
     * @param stress    the Fed's financial-stress index (0 calm, 1 severe)
     * @return the share of card limits granted this month, {@code max(MIN_CREDIT_LINE, 1 - stressCut * stress)}
     */
    public static double creditLine(double stressCut, double stress) {
        return Math.max(MIN_CREDIT_LINE, 1 - stressCut * stress);
    }
}
