package org.aibubble.agents.firms;

import java.util.List;

import org.aibubble.agents.economy.DecisionLog;
import org.aibubble.agents.economy.Distress;
import org.aibubble.agents.economy.EconomicAgent;
import org.aibubble.agents.economy.World;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.markets.ListedFirm;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The chip vendor: receives hyperscalers' GPU spending, buys its inputs from other firms (the share
 * beyond its margin), pays taxes and pays its owners. Listed, in the AI index.
 */
public final class ChipVendor implements Steppable, EconomicAgent, ListedFirm {
    private static final long serialVersionUID = 1L;

    private final World world;
    private final int account;
    private final Earnings earnings = new Earnings();
    private final DecisionLog decisions = new DecisionLog("chip-vendor");

    /** @param world the economy; {@code account} its ledger account */
    public ChipVendor(World world, int account) {
        this.world = world;
        this.account = account;
    }

    /** Buys inputs for this month's GPU sales (FIRMS_AND_LABOUR phase). */
    @Override
    public void step(SimState state) {
        double sales = world.ledger().income(account, Flow.GPU_SALES);
        double inputs = (1 - world.config().macro().chipMargin()) * sales;
        if (inputs > 0) {
            world.ledger().pay(account, world.otherFirms().account(), inputs, Flow.SUPPLIES);
        }
    }

    /** Taxes and dividends (SETTLE_AND_CHECK phase). */
    public void settle() {
        Ledger ledger = world.ledger();
        double profit = IncomeStatement.income(ledger, account) - IncomeStatement.spending(ledger, account);
        IncomeStatement.taxAndDividend(ledger, account, world.government().account(), profit,
                world.config().macro().corporateTaxRate(), world.config().macro().firmsPayout(), 0, earnings);
    }

    /** @return GPU sales this month, USD bn */
    public double sales() {
        return world.ledger().income(account, Flow.GPU_SALES);
    }

    @Override
    public boolean aiIndexMember() {
        return true;
    }

    @Override
    public double trailingEarnings() {
        return earnings.trailing();
    }

    @Override
    public String name() {
        return "chip-vendor";
    }

    @Override
    public int account() {
        return account;
    }

    @Override
    public Distress distress() {
        return earnings.last() < 0 ? Distress.STRESSED : Distress.HEALTHY;
    }

    @Override
    public List<String> recentDecisions() {
        return decisions.list();
    }
}
