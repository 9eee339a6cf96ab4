package org.aibubble.agents.markets;

import java.io.Serializable;
import java.util.List;

import org.aibubble.agents.config.MarketParams;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Ledger;

/**
 * The compute market. Capacity is the hyperscalers' installed, economically live GPU capacity in
 * compute units (one unit = what USD 1 bn of GPUs bought in the start month delivers per month). The
 * price per unit-month moves each month with last month's demand over target utilisation of capacity:
 * {@code p_t = p_{t-1} * clamp((D/(u* S))^psi)} ({@link ComputePrice}). Buyers (labs) buy units; the
 * payment goes to the sellers (hyperscalers) by capacity share, with the partner of a circular deal taking
 * its committed share first.
 */
public final class ComputeMarket implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Lowest price an efficiency shock leaves, as a share of the price before it. */
    private static final double MIN_SHOCKED_PRICE = 0.01;

    private final Ledger ledger;
    private final MarketParams params;
    private final List<? extends ComputeSeller> sellers;
    private final double circularShare;
    private final double demandGrowth0;
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
     * @param ledger        the ledger
     * @param params        market parameters
     * @param sellers       the sellers of compute, in config order
     * @param circularShare share of a partnered buyer's spending that goes to its partner first ({@code labs.behaviour.circularShare})
     * @param demandGrowth0 yearly growth of compute demand before the start ({@code hyperscalers.capex.expectedDemandGrowth0}):
     *                      the first month's demand is taken to have grown at it
     * @param price0        the starting price per compute unit-month, USD bn (derived so the market starts balanced)
     */
    public ComputeMarket(Ledger ledger, MarketParams params, List<? extends ComputeSeller> sellers,
            double circularShare, double demandGrowth0, double price0) {
        this.ledger = ledger;
        this.params = params;
        this.sellers = List.copyOf(sellers);
        this.circularShare = circularShare;
        this.demandGrowth0 = demandGrowth0;
        this.price = price0;
    }

    /** Sets the price for this month from last month's demand and capacity (AI_DEMAND_AND_COMPUTE phase). */
    public void updatePrice() {
        capacity = 0;
        for (ComputeSeller seller : sellers) {
            capacity += seller.capacity();
        }
        price = ComputePrice.next(params, price, lastDemand, capacity);
        demand = 0;
        served = 0;
        revenue = 0;
    }

    /** A cheap open model: the compute price falls by {@code share} at once (scenario event). */
    public void shockPrice(double share) {
        price *= Math.max(MIN_SHOCKED_PRICE, 1 - share);
    }

    /**
     * A buyer buys compute units this month, as far as capacity and its deposits allow.
     *
     * @param buyer the buyer
     * @param units units wanted
     * @return the units served (all, unless capacity or its cash binds)
     */
    public double buy(ComputeBuyer buyer, double units) {
        if (units <= 0 || capacity <= 0) {
            return 0;
        }
        demand += units;
        double got = Math.min(units, Math.max(0, capacity - served));
        if (got <= 0) {
            return 0;
        }
        double cost = got * price;
        double affordable = Math.max(0, ledger.deposits(buyer.account()));
        if (cost > affordable) {
            got *= affordable / cost;
            cost = affordable;
        }
        pay(buyer, cost);
        served += got;
        revenue += cost;
        return got;
    }

    private void pay(ComputeBuyer buyer, double cost) {
        int partner = buyer.partnerAccount();
        double committed = partner < 0 ? 0 : circularShare;
        for (ComputeSeller seller : sellers) {
            double share = (1 - committed) * seller.capacity() / capacity + (seller.account() == partner ? committed : 0);
            if (share > 0) {
                ledger.pay(buyer.account(), seller.account(), cost * share, Flow.COMPUTE);
            }
        }
    }

    /** Closes the month's books of the market (after the labs bought). */
    public void closeMonth() {
        if (months == 0) {
            for (int m = 0; m < 12; m++) {
                demandHistory[m] = demand / Math.pow(1 + demandGrowth0, (12 - m) / 12.0);
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
