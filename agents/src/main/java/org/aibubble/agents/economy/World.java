package org.aibubble.agents.economy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.credit.Bank;
import org.aibubble.agents.credit.PrivateCreditFund;
import org.aibubble.agents.credit.PrivateCreditMarket;
import org.aibubble.agents.firms.ChipVendor;
import org.aibubble.agents.firms.Hyperscaler;
import org.aibubble.agents.firms.OtherFirms;
import org.aibubble.agents.firms.SoftwareBorrowers;
import org.aibubble.agents.households.HouseholdSector;
import org.aibubble.agents.labs.AiDemand;
import org.aibubble.agents.labs.LabRegistry;
import org.aibubble.agents.labs.ModelLab;
import org.aibubble.agents.labs.VentureCapital;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.markets.BondMarket;
import org.aibubble.agents.markets.ComputeMarket;
import org.aibubble.agents.markets.EquityMarket;
import org.aibubble.agents.parallel.DrawSeed;
import org.aibubble.agents.policy.Fed;
import org.aibubble.agents.policy.Government;

/**
 * Where agents find each other: the ledger, the calendar, the seed of the draws and every agent and
 * market of one economy. One instance per run; nothing static.
 */
public final class World implements Serializable {
    private static final long serialVersionUID = 1L;

    private ModelConfig config;
    private final Ledger ledger;
    Accounts accounts;
    private final DrawSeed drawSeed;
    private long month;
    private double creditSpread0 = Double.NaN;

    Fed fed;
    Government government;
    Bank bank;
    BondMarket bonds;
    ComputeMarket compute;
    EquityMarket equity;
    AiDemand aiDemand;
    HouseholdSector households;
    OtherFirms otherFirms;
    ChipVendor chipVendor;
    SoftwareBorrowers software;
    ScenarioEvents events;
    VentureCapital ventureCapital;
    LabRegistry labRegistry;
    final List<Hyperscaler> hyperscalers = new ArrayList<>();
    final List<ModelLab> labs = new ArrayList<>();
    final List<PrivateCreditFund> funds = new ArrayList<>();
    PrivateCreditMarket privateCredit;

    World(ModelConfig config, Ledger ledger) {
        this.config = config;
        this.ledger = ledger;
        this.drawSeed = new DrawSeed(config.run().seed());
    }

    /** @return the seed of the counter-based draws (households); changes only when a branch is reseeded */
    public long drawSeed() {
        return drawSeed.value();
    }

    /** @return the seed every agent's keyed draws read (the households' and the macro agents') */
    DrawSeed draws() {
        return drawSeed;
    }

    void reseed(long seed) {
        drawSeed.reseed(seed);
    }

    /** @return the share of private-credit funds whose gate bound at the last quarter end */
    public double fundsGatedShare() {
        return privateCredit.gatedShare();
    }

    /** @return the debt-weighted average bond spread of the hyperscalers */
    public double creditSpread() {
        double weighted = 0;
        double debt = 0;
        for (Hyperscaler h : hyperscalers) {
            double d = Math.max(h.debt(), 1e-6);
            weighted += d * h.spread();
            debt += d;
        }
        return debt > 0 ? weighted / debt : 0;
    }

    /** @return how far the average hyperscaler spread has widened since the opening books */
    public double creditSpreadWidening() {
        return creditSpread() - creditSpread0;
    }

    /** Fixes the starting spread from the opening books (called once by the builder). */
    void fixStartingSpread() {
        creditSpread0 = creditSpread();
    }

    /** @return the average hyperscaler spread in the opening books */
    double creditSpread0() {
        return creditSpread0;
    }

    /** Records defaulted face value of private-credit loans this month, USD bn. */
    public void recordDefault(double face) {
        privateCredit.recordDefault(face);
    }

    /** @return defaulted face value this month, USD bn */
    public double defaultsThisMonth() {
        return privateCredit.defaultsThisMonth();
    }

    /** @return defaults over the last twelve months over private-credit loans outstanding (yearly rate) */
    public double recentDefaultRate() {
        return privateCredit.recentDefaultRate();
    }

    /** @return what private-credit funds could lend at the last private-credit phase, USD bn */
    public double privateCreditCapacity() {
        return privateCredit.capacity();
    }

    void replaceConfig(ModelConfig next) {
        config = next;
    }

    /** @return the run's parameters */
    public ModelConfig config() {
        return config;
    }

    /** @return the one ledger */
    public Ledger ledger() {
        return ledger;
    }

    /** @return the current month (0 = the start month) */
    public long month() {
        return month;
    }

    void advanceMonth() {
        month++;
        privateCredit.startMonth(month);
    }

    /** @return whether the current month ends a calendar quarter (Mar, Jun, Sep, Dec for a January start) */
    public boolean quarterEnd() {
        int startMonth = Integer.parseInt(config.run().start().substring(5)) - 1;
        return (startMonth + month + 1) % 3 == 0;
    }

    /** @return the Fed */
    public Fed fed() {
        return fed;
    }

    /** @return the government */
    public Government government() {
        return government;
    }

    /** @return the bank */
    public Bank bank() {
        return bank;
    }

    /** @return the bond market (yields, term premium, spreads) */
    public BondMarket bonds() {
        return bonds;
    }

    /** @return the compute market */
    public ComputeMarket compute() {
        return compute;
    }

    /** @return the equity market */
    public EquityMarket equity() {
        return equity;
    }

    /** @return AI adoption and token demand */
    public AiDemand aiDemand() {
        return aiDemand;
    }

    /** @return the household sector */
    public HouseholdSector households() {
        return households;
    }

    /** @return the rest of the corporate sector */
    public OtherFirms otherFirms() {
        return otherFirms;
    }

    /** @return the chip vendor */
    public ChipVendor chipVendor() {
        return chipVendor;
    }

    /** @return the software borrowers */
    public SoftwareBorrowers software() {
        return software;
    }

    /** @return the pool of venture money for lab rounds */
    public VentureCapital ventureCapital() {
        return ventureCapital;
    }

    /** @return the labs' registry (market shares, failures) */
    public LabRegistry labRegistry() {
        return labRegistry;
    }

    /** @return the scenario events */
    public ScenarioEvents events() {
        return events;
    }

    /** @return the hyperscalers, in config order */
    public List<Hyperscaler> hyperscalers() {
        return hyperscalers;
    }

    /** @return the model labs, in config order */
    public List<ModelLab> labs() {
        return labs;
    }

    /** @return the private-credit market (capacity, gates, the record of defaults) */
    public PrivateCreditMarket privateCredit() {
        return privateCredit;
    }

    /** @return the private-credit funds, in config order */
    public List<PrivateCreditFund> funds() {
        return funds;
    }
}
