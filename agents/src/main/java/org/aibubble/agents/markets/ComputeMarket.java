package org.aibubble.agents.markets;

import java.io.Serializable;

import org.aibubble.agents.config.MarketParams;
import org.aibubble.agents.economy.World;
import org.aibubble.agents.firms.Hyperscaler;
import org.aibubble.agents.labs.ModelLab;
import org.aibubble.agents.ledger.Flow;

/**
 * The compute market. Capacity is the hyperscalers' installed, economically live GPU capacity in
 * compute units (one unit = what USD 1 bn of GPUs bought in the start month delivers per month). The
 * price per unit-month moves each month with last month's demand over target utilisation of capacity:
 * {@code p_t = p_{t-1} * clamp((D/(u* S))^psi)}. Labs buy units; the payment goes to hyperscalers by
 * capacity share, with the partner of a circular deal taking its committed share first.
 */
public final class ComputeMarket implements Serializable {
    private static final long serialVersionUID = 1L;

    private final World world;
    private final MarketParams params;
    private double price;
    private double capacity;
    private double demand;
    private double lastDemand;
    private double served;
    private double revenue;
    private final double[] demandHistory = new double[12];
    private long months;
    private double demandGrowth;

    /**
     * @param world  the economy
     * @param params market parameters
     * @param price0 the starting price per compute unit-month, USD bn (derived so the market starts balanced)
     */
    public ComputeMarket(World world, MarketParams params, double price0) {
        this.world = world;
        this.params = params;
        this.price = price0;
    }

    /** Sets the price for this month from last month's demand and capacity (AI_DEMAND_AND_COMPUTE phase). */
    public void updatePrice() {
        capacity = 0;
        for (Hyperscaler h : world.hyperscalers()) {
            capacity += h.capacity();
        }
        if (lastDemand > 0 && capacity > 0) {
            double ratio = lastDemand / (params.targetUtilisation() * capacity);
            double move = Math.pow(ratio, params.computePriceElasticity());
            double max = params.computePriceMaxMove();
            price *= Math.max(1 - max, Math.min(1 + max, move));
        }
        demand = 0;
        served = 0;
        revenue = 0;
    }

    /** A cheap open model: the compute price falls by {@code share} at once (scenario event). */
    public void shockPrice(double share) {
        price *= Math.max(0.01, 1 - share);
    }

    /**
     * A lab buys compute units this month.
     *
     * @param lab   the buyer
     * @param units units wanted
     * @return the units served (all, unless capacity binds)
     */
    public double buy(ModelLab lab, double units) {
        if (units <= 0 || capacity <= 0) {
            return 0;
        }
        demand += units;
        double got = Math.min(units, Math.max(0, capacity - served));
        if (got <= 0) {
            return 0;
        }
        double cost = got * price;
        double affordable = Math.max(0, world.ledger().deposits(lab.account()));
        if (cost > affordable) {
            got *= affordable / cost;
            cost = affordable;
        }
        pay(lab, cost);
        served += got;
        revenue += cost;
        return got;
    }

    private void pay(ModelLab lab, double cost) {
        Hyperscaler partner = lab.partner();
        double committed = partner == null ? 0 : world.config().labs().behaviour().circularShare();
        for (Hyperscaler h : world.hyperscalers()) {
            double share = (1 - committed) * h.capacity() / capacity + (h == partner ? committed : 0);
            if (share > 0) {
                world.ledger().pay(lab.account(), h.account(), cost * share, Flow.COMPUTE);
            }
        }
    }

    /** Closes the month's books of the market (after the labs bought). */
    public void closeMonth() {
        if (months == 0) {
            double growth0 = world.config().hyperscalers().capex().expectedDemandGrowth0();
            for (int m = 0; m < 12; m++) {
                demandHistory[m] = demand / Math.pow(1 + growth0, (12 - m) / 12.0);
            }
        }
        demandGrowth = demand / Math.max(1e-9, demandHistory[(int) (months % 12)]) - 1;
        demandHistory[(int) (months % 12)] = demand;
        months++;
        lastDemand = demand;
    }

    /** @return year-on-year growth of compute demand, as of the last closed month */
    public double demandGrowth() {
        return demandGrowth;
    }

    /** @return price per compute unit-month, USD bn */
    public double price() {
        return price;
    }

    /** @return installed live capacity, compute units */
    public double capacity() {
        return capacity;
    }

    /** @return units demanded this month */
    public double demand() {
        return demand;
    }

    /** @return units demanded last month */
    public double lastDemand() {
        return lastDemand;
    }

    /** @return units served this month */
    public double served() {
        return served;
    }

    /** @return the utilisation of capacity this month */
    public double utilisation() {
        return capacity > 0 ? served / capacity : 0;
    }

    /** @return compute revenue paid to hyperscalers this month, USD bn */
    public double revenue() {
        return revenue;
    }
}
