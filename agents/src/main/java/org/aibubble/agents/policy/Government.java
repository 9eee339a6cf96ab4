package org.aibubble.agents.policy;

import java.util.List;

import org.aibubble.agents.config.HouseholdGroup;
import org.aibubble.agents.economy.DecisionLog;
import org.aibubble.agents.economy.Distress;
import org.aibubble.agents.economy.EconomicAgent;
import org.aibubble.agents.economy.World;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The government: buys goods and services from other firms (constant in real terms), pays social
 * transfers and unemployment benefits (through the household sector's payroll), collects taxes, pays
 * interest on Treasuries, and finances its deficit by issuing Treasuries to households' funds and the bank.
 */
public final class Government implements Steppable, EconomicAgent {
    private static final long serialVersionUID = 1L;
    /** Months of spending kept as deposits before new Treasuries are issued. */
    private static final double CASH_BUFFER_MONTHS = 1.0;

    private final World world;
    private final int account;
    private final DecisionLog decisions = new DecisionLog("government");
    private double purchases;

    /** @param world the economy; {@code account} its ledger account */
    public Government(World world, int account) {
        this.world = world;
        this.account = account;
    }

    /** Government purchases from other firms (FIRMS_AND_LABOUR phase). */
    @Override
    public void step(SimState state) {
        purchases = world.config().macro().governmentPurchases() * world.otherFirms().priceLevel();
        world.ledger().pay(account, world.otherFirms().account(), purchases, Flow.GOVERNMENT_PURCHASES);
    }

    /** Pays interest on Treasuries and issues new ones to cover the deficit (SETTLE_AND_CHECK phase). */
    public void settle() {
        Ledger ledger = world.ledger();
        double coupon = world.bonds().treasuryCoupon() / 12;
        for (int holder = 0; holder < ledger.size(); holder++) {
            double held = ledger.claim(Instrument.TREASURIES, holder, account);
            if (held > 0) {
                ledger.pay(account, holder, held * coupon, Flow.INTEREST);
            }
        }
        double buffer = CASH_BUFFER_MONTHS * Math.max(purchases, 1);
        double shortfall = buffer - ledger.deposits(account);
        if (shortfall > 0) {
            issue(shortfall);
        }
    }

    private void issue(double amount) {
        Ledger ledger = world.ledger();
        double householdPart = amount * world.config().macro().householdTreasuryShare();
        for (HouseholdGroup group : HouseholdGroup.values()) {
            double share = world.config().households().group(group).bondShare();
            int holder = world.households().account(group);
            double bought = Math.min(householdPart * share, Math.max(0, ledger.deposits(holder) * 0.05));
            if (bought > 0) {
                ledger.issue(Instrument.TREASURIES, holder, account, bought);
                amount -= bought;
            }
        }
        ledger.issue(Instrument.TREASURIES, ledger.bank(), account, amount);
    }

    /** @return Treasuries outstanding, USD bn */
    public double debt() {
        return world.ledger().liabilities(account, Instrument.TREASURIES);
    }

    @Override
    public String name() {
        return "government";
    }

    @Override
    public int account() {
        return account;
    }

    @Override
    public Distress distress() {
        return Distress.HEALTHY;
    }

    @Override
    public List<String> recentDecisions() {
        return decisions.list();
    }
}
