package org.aibubble.agents.credit.rules;

/**
 * A fund short of cash for redemptions sells loans to the bank at {@code fireSaleDiscount}: to raise
 * {@code cashNeeded} it sells {@code cashNeeded / (1 - discount)} of face value, at most its whole book.
 * The discount is a loss written off the sold claims; the rest moves to the buyer at face.
 */
public final class FireSale {
    private FireSale() {
    }

    /**
     * @param book       the fund's loans at face, USD bn
     * @param cashNeeded cash to raise, USD bn
     * @param discount   the fire-sale discount (share of face)
     * @return face value to sell, USD bn, in {@code [0, book]}
     */
    public static double faceToSell(double book, double cashNeeded, double discount) {
        return Math.min(book, cashNeeded / (1 - discount));
    }
}
