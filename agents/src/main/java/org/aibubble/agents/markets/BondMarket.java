package org.aibubble.agents.markets;

import java.io.Serializable;

import org.aibubble.agents.config.MarketParams;
import org.aibubble.agents.economy.World;

/**
 * Rates and credit: the 10-year yield is the average expected policy path over ten years plus a term
 * premium; the term premium falls with the Fed's QE holdings and rises with scenario shocks; issuer
 * spreads rise with leverage and the financial-stress index. Updated in the POLICY phase after the Fed.
 */
public final class BondMarket implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final double HORIZON_YEARS = 10;
    /** Months over which the average Treasury coupon catches up with the 10-year yield (average duration). */
    private static final double COUPON_ADJUSTMENT_MONTHS = 72;

    private final MarketParams params;
    private final World world;
    private double termPremium;
    private double yield10y;
    private double treasuryCoupon;
    private double shockTermPremium;
    private int shockMonthsLeft;

    /** @param world the economy; {@code params} its market parameters */
    public BondMarket(World world, MarketParams params) {
        this.world = world;
        this.params = params;
        this.termPremium = params.termPremium0();
    }

    /** Sets the starting yield and coupon once the Fed exists. */
    public void initialise() {
        update();
        treasuryCoupon = yield10y;
    }

    /** Updates the term premium, the 10-year yield and the average coupon; called after the Fed decides. */
    public void update() {
        double policy = world.fed().policyRate();
        double neutral = world.fed().neutralNominalRate();
        double k = params.pathReversion();
        double pathFactor = k <= 0 ? 1 : (1 - Math.exp(-k * HORIZON_YEARS)) / (k * HORIZON_YEARS);
        double expectedPath = neutral + (policy - neutral) * pathFactor;
        double qeTrillions = world.fed().qeHoldings() / 1000.0;
        if (shockMonthsLeft > 0) {
            shockMonthsLeft--;
        } else {
            shockTermPremium = 0;
        }
        termPremium = params.termPremium0() + shockTermPremium
                - world.config().fed().qeTermPremiumPerTrillion() * qeTrillions;
        yield10y = Math.max(0.0, expectedPath + termPremium);
        treasuryCoupon += (yield10y - treasuryCoupon) / COUPON_ADJUSTMENT_MONTHS;
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

    /** @return the corporate spread quote at the Fed's current stress index */
    public SpreadCurve spreadCurve() {
        return new SpreadCurve(params.baseSpread(), params.leverageSpread(), params.stressSpread(),
                world.fed().stressIndex());
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
        return Math.max(0, world.fed().policyRate() - params.depositSpread());
    }

    /** @return the card rate */
    public double cardRate() {
        return world.fed().policyRate() + params.cardSpread();
    }
}
