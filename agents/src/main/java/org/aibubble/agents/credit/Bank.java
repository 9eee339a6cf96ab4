package org.aibubble.agents.credit;

import java.util.List;

import org.aibubble.agents.config.HouseholdGroup;
import org.aibubble.agents.economy.DecisionLog;
import org.aibubble.agents.economy.Distress;
import org.aibubble.agents.economy.EconomicAgent;
import org.aibubble.agents.economy.World;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.ledger.Sector;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The banking system, one aggregate: issues deposits, holds reserves, Treasuries, corporate bonds,
 * consumer credit and loans bought from private-credit funds. It creates money when it lends or buys
 * and destroys it when repaid. Each month it pays interest on deposits and pays its profit to its
 * owners (top-group households).
 */
public final class Bank implements Steppable, EconomicAgent {
    private static final long serialVersionUID = 1L;

    private final World world;
    private final int account;
    private final DecisionLog decisions = new DecisionLog("bank");
    private double lastProfit;

    /** @param world the economy; {@code account} its ledger account */
    public Bank(World world, int account) {
        this.world = world;
        this.account = account;
    }

    /** Pays interest on deposits and dividends (SETTLE_AND_CHECK phase). */
    @Override
    public void step(SimState state) {
        Ledger ledger = world.ledger();
        double rate = world.bonds().depositRate() / 12;
        for (int holder = 0; holder < ledger.size(); holder++) {
            Sector sector = ledger.sector(holder);
            if (sector == Sector.BANK || sector == Sector.FED) {
                continue;
            }
            double deposits = ledger.deposits(holder);
            if (deposits > 0 && rate > 0) {
                ledger.pay(account, holder, deposits * rate, Flow.INTEREST);
            }
        }
        double income = 0;
        double spending = 0;
        for (Flow flow : Flow.values()) {
            income += ledger.income(account, flow);
            spending += ledger.spending(account, flow);
        }
        lastProfit = income - spending;
        double dividend = world.config().macro().bankEquityReturn() * Math.max(0, lastProfit);
        if (dividend > 0) {
            ledger.pay(account, world.households().account(HouseholdGroup.TOP), dividend, Flow.DIVIDENDS);
        }
    }

    /** @return last month's profit before dividends, USD bn */
    public double lastProfit() {
        return lastProfit;
    }

    /** @return consumer credit outstanding, USD bn */
    public double consumerCredit() {
        return world.ledger().assets(account, Instrument.CONSUMER_CREDIT);
    }

    @Override
    public String name() {
        return "bank";
    }

    @Override
    public int account() {
        return account;
    }

    @Override
    public Distress distress() {
        return world.ledger().netWorth(account) < 0 ? Distress.STRESSED : Distress.HEALTHY;
    }

    @Override
    public List<String> recentDecisions() {
        return decisions.list();
    }
}
