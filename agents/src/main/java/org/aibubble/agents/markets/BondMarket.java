package org.aibubble.agents.markets;

import java.io.Serializable;

import org.aibubble.agents.config.MarketParams;

/**
 * Rates and credit: the 10-year yield, term premium and average Treasury coupon ({@link YieldCurve}),
 * corporate spreads ({@link SpreadCurve}) and the deposit and card rates, all set once a month from the
 * Fed's decision ({@link #update}, its own step in the POLICY phase after the Fed).
 */
public final class BondMarket implements Serializable {
    private static final long serialVersionUID = 1L;

    private final MarketParams params;
    private double termPremium;
    private double yield10y;
    private double treasuryCoupon;
    private double shockTermPremium;
    private int shockMonthsLeft;
    private double policyRate;
    private double stress;

    /** @param params the market parameters */
    public BondMarket(MarketParams params) {
        this.params = params;
        this.termPremium = params.termPremium0();
    }

    /**
     * Sets the starting yield and coupon from the Fed's starting stance.
     *
     * @param start the Fed's stance in the opening books
     */
    public void initialise(BondInputs start) {
        update(start);
        treasuryCoupon = yield10y;
    }

    /**
     * Updates the term premium, the 10-year yield, the average coupon and the quotes on the Fed's decision.
     *
     * @param in the Fed's decision this month
     */
    public void update(BondInputs in) {
        policyRate = in.policyRate();
        stress = in.stressIndex();
        double expectedPath = YieldCurve.expectedPath(in.policyRate(), in.neutralNominalRate(), params.pathReversion());
        if (shockMonthsLeft > 0) {
            shockMonthsLeft--;
        } else {
            shockTermPremium = 0;
        }
        termPremium = YieldCurve.termPremium(params.termPremium0(), shockTermPremium, in.qeTermPremiumPerTrillion(),
                in.qeHoldings());
        yield10y = YieldCurve.yield(expectedPath, termPremium);
        treasuryCoupon = YieldCurve.nextCoupon(treasuryCoupon, yield10y);
    }

    /** A term-premium shock of {@code size} (a rate) for {@code months} months (scenario event). */
    public void shockTermPremium(double size, int months) {
        shockTermPremium = size;
        shockMonthsLeft = months;
    }

    /**
     * @param leverage debt over annual EBITDA of the issuer
     * @return the issuer's bond spread over the 10-year yield
     */
    public double spread(double leverage) {
        return spreadCurve().spread(leverage);
    }

    /** @return the corporate spread quote at the stress index of the last update */
    public SpreadCurve spreadCurve() {
        return new SpreadCurve(params.baseSpread(), params.leverageSpread(), params.stressSpread(), stress);
    }

    /** @return the 10-year Treasury yield */
    public double yield10y() {
        return yield10y;
    }

    /** @return the term premium */
    public double termPremium() {
        return termPremium;
    }

    /** @return the average coupon paid on outstanding Treasuries */
    public double treasuryCoupon() {
        return treasuryCoupon;
    }

    /** @return the rate banks pay on deposits */
    public double depositRate() {
        return Math.max(0, policyRate - params.depositSpread());
    }

    /** @return the card rate */
    public double cardRate() {
        return policyRate + params.cardSpread();
    }
}
