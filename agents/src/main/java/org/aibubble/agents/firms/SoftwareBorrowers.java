package org.aibubble.agents.firms;

import java.util.List;

import org.aibubble.agents.config.FundBehaviour;
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
 * Software companies financed by private credit (about a fifth of it), one aggregate. Their revenue
 * is other firms' software spending, which AI adoption erodes. Each month they pay costs and floating
 * interest; a share of their loans defaults at a hazard rate that rises with AI disruption and
 * financial stress; maturing loans that the funds do not roll over must be repaid from cash, and
 * what can be neither defaults.
 */
public final class SoftwareBorrowers implements Steppable, EconomicAgent {
    private static final long serialVersionUID = 1L;

    private final World world;
    private final int account;
    private final DecisionLog decisions = new DecisionLog("software-borrowers");
    private final Earnings earnings = new Earnings();
    private double defaultedThisMonth;

    /** @param world the economy; {@code account} its ledger account */
    public SoftwareBorrowers(World world, int account) {
        this.world = world;
        this.account = account;
    }

    /** Costs, interest and defaults (FIRMS_AND_LABOUR phase, after other firms bought software). */
    @Override
    public void step(SimState state) {
        Ledger ledger = world.ledger();
        FundBehaviour fund = world.config().privateCredit().behaviour();
        double revenue = ledger.income(account, Flow.SOFTWARE);
        double costs = (1 - world.config().macro().softwareMargin()) * revenue;
        ledger.pay(account, world.otherFirms().account(), costs, Flow.SUPPLIES);
        double loans = debt();
        double rate = world.fed().policyRate() + fund.loanSpread();
        double interest = Math.min(loans * rate / 12, Math.max(0, ledger.deposits(account)));
        Payouts.proRata(ledger, Instrument.PRIVATE_CREDIT_LOANS, account, interest, Flow.INTEREST);
        double adoptionRise = Math.max(0, world.aiDemand().adoption() - world.config().labs().adoption().deepAdoption0());
        double hazard = (fund.softwareDefaultBase() + fund.disruptionSensitivity() * adoptionRise
                + fund.stressDefaultSensitivity() * world.fed().stressIndex()) / 12;
        defaultedThisMonth = 0;
        defaultShare(Math.min(1, hazard));
    }

    private void defaultShare(double share) {
        double loans = debt();
        if (share <= 0 || loans <= 0) {
            return;
        }
        double recovery = world.config().privateCredit().behaviour().recovery();
        double face = loans * share;
        Payouts.writeOffShare(world.ledger(), Instrument.PRIVATE_CREDIT_LOANS, account, share * (1 - recovery));
        defaultedThisMonth += face;
        world.recordDefault(face);
    }

    /**
     * Settles this month's maturities after the funds have refinanced what they could (PRIVATE_CREDIT phase).
     *
     * @param maturing   loans falling due this month, USD bn
     * @param refinanced the part of them the funds rolled over, USD bn
     */
    public void settleMaturities(double maturing, double refinanced) {
        Ledger ledger = world.ledger();
        double due = Math.max(0, maturing - refinanced);
        double paid = Math.min(due, Math.max(0, ledger.deposits(account)));
        Payouts.proRataRedeem(ledger, Instrument.PRIVATE_CREDIT_LOANS, account, paid);
        double unpaid = due - paid;
        if (unpaid > 1e-9 && debt() > 0) {
            defaultShare(Math.min(1, unpaid / debt()));
            decisions.add(world.month(), String.format("could not refinance %.1f bn: default", unpaid));
        }
    }

    /** Pays its sponsors the month's profit (SETTLE_AND_CHECK phase). */
    public void settle() {
        Ledger ledger = world.ledger();
        double profit = IncomeStatement.income(ledger, account) - IncomeStatement.spending(ledger, account);
        IncomeStatement.taxAndDividend(ledger, account, world.government().account(), profit,
                world.config().macro().corporateTaxRate(), 1.0, 0, earnings);
    }

    /** @return private-credit debt outstanding, USD bn */
    public double debt() {
        return world.ledger().liabilities(account, Instrument.PRIVATE_CREDIT_LOANS);
    }

    /** @return face value defaulted this month, USD bn */
    public double defaultedThisMonth() {
        return defaultedThisMonth;
    }

    @Override
    public String name() {
        return "software-borrowers";
    }

    @Override
    public int account() {
        return account;
    }

    @Override
    public Distress distress() {
        return defaultedThisMonth > 0.01 * Math.max(debt(), 1) ? Distress.STRESSED : Distress.HEALTHY;
    }

    @Override
    public List<String> recentDecisions() {
        return decisions.list();
    }
}
