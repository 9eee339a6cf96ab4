package org.aibubble.agents.economy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.aibubble.agents.config.HouseholdGroup;
import org.aibubble.agents.credit.PrivateCreditFund;
import org.aibubble.agents.firms.Hyperscaler;
import org.aibubble.agents.labs.ModelLab;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;

/**
 * The monthly indicators, one row per month in {@code series.csv}. Units: USD billions per month for
 * flows, USD billions for stocks, shares as fractions, rates as fractions per year, indices 100 at
 * the start (README and docs/MODEL.md define each column).
 */
final class Indicators implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Required AI revenue per dollar of GPU spending: x2 for total data-centre cost, x2 for margin (source 001). */
    private static final double REQUIRED_REVENUE_MULTIPLE = 4.0;

    private final World world;
    private final List<String> columns = new ArrayList<>();

    Indicators(World world) {
        this.world = world;
        List<String> ids = new ArrayList<>();
        for (Hyperscaler h : world.hyperscalers()) {
            ids.add(h.id());
        }
        columns.addAll(columnsFor(ids));
    }

    /**
     * @param hyperscalerIds the hyperscalers' ids, in config order
     * @return the series columns an economy with these hyperscalers reports, in order
     */
    static List<String> columnsFor(List<String> hyperscalerIds) {
        return SeriesColumns.of(hyperscalerIds).stream().map(SeriesColumn::name).toList();
    }

    List<String> columns() {
        return List.copyOf(columns);
    }

    double[] row() {
        double[] r = new double[columns.size()];
        int c = 0;
        r[c++] = world.month();
        r[c++] = world.equity().aiIndex();
        r[c++] = world.equity().broadIndex();
        r[c++] = world.equity().valuationRatio();
        r[c++] = world.households().trendFollowerShare();
        double capex = 0;
        double writeDowns = 0;
        double hyperscalerDebt = 0;
        for (Hyperscaler h : world.hyperscalers()) {
            capex += h.capex();
            writeDowns += h.writeDowns();
            hyperscalerDebt += h.debt();
        }
        double gpuCapex = world.ledger().income(world.chipVendor().account(), Flow.GPU_SALES);
        r[c++] = capex;
        for (Hyperscaler h : world.hyperscalers()) {
            r[c++] = h.capex();
        }
        r[c++] = world.compute().capacity();
        r[c++] = world.compute().price();
        double aiRevenue = world.aiDemand().revenue();
        r[c++] = aiRevenue;
        r[c++] = REQUIRED_REVENUE_MULTIPLE * gpuCapex - aiRevenue;
        double labCash = 0;
        int rounds = 0;
        for (ModelLab lab : world.labs()) {
            labCash += Math.max(0, lab.cash());
            rounds += lab.rounds();
        }
        r[c++] = labCash;
        r[c++] = world.labRegistry().failures();
        c = funds(r, c);
        r[c++] = world.defaultsThisMonth();
        double loans = 0;
        for (PrivateCreditFund fund : world.funds()) {
            loans += world.ledger().assets(fund.account(), Instrument.PRIVATE_CREDIT_LOANS);
        }
        r[c++] = loans > 0 ? 12 * world.defaultsThisMonth() / loans : 0;
        r[c++] = world.creditSpread();
        r[c++] = world.fed().policyRate();
        r[c++] = world.bonds().yield10y();
        r[c++] = world.bonds().termPremium();
        r[c++] = world.fed().totalAssets();
        r[c++] = world.fed().qeFlow();
        r[c++] = world.fed().tier().ordinal();
        double price = world.otherFirms().priceLevel();
        double consumption = world.households().lastConsumption();
        double investment = capex + world.otherFirms().investment();
        double government = world.ledger().flowTotal(Flow.GOVERNMENT_PURCHASES);
        r[c++] = (consumption + government + investment) / price;
        r[c++] = investment;
        r[c++] = consumption;
        r[c++] = world.households().unemployment();
        r[c++] = world.otherFirms().inflation();
        for (HouseholdGroup g : HouseholdGroup.values()) {
            r[c++] = world.households().consumption(g);
        }
        for (HouseholdGroup g : HouseholdGroup.values()) {
            r[c++] = world.households().wealth(g);
        }
        for (HouseholdGroup g : HouseholdGroup.values()) {
            r[c++] = world.households().income(g);
        }
        r[c++] = world.households().delinquencyRate();
        r[c++] = world.ledger().lastError();
        r[c++] = world.aiDemand().adoption();
        r[c++] = world.fed().stressIndex();
        r[c++] = writeDowns;
        r[c++] = hyperscalerDebt;
        r[c++] = rounds;
        r[c++] = price;
        r[c++] = world.equity().broadNewsReturn();
        r[c++] = world.equity().broadNoiseReturn();
        r[c++] = world.otherFirms().employmentTarget();
        return r;
    }

    private int funds(double[] r, int c) {
        double nav = 0;
        double requested = 0;
        double paid = 0;
        double queued = 0;
        int gated = 0;
        for (PrivateCreditFund fund : world.funds()) {
            nav += fund.nav();
            requested += fund.requested();
            paid += fund.paid();
            queued += fund.queue();
            gated += fund.gated() ? 1 : 0;
        }
        r[c++] = nav;
        r[c++] = requested;
        r[c++] = paid;
        r[c++] = queued;
        r[c++] = gated;
        return c;
    }
}
