package org.aibubble.agents.economy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.aibubble.agents.config.FundParams;
import org.aibubble.agents.config.HouseholdGroup;
import org.aibubble.agents.config.HyperscalerParams;
import org.aibubble.agents.config.LabBehaviour;
import org.aibubble.agents.config.LabParams;
import org.aibubble.agents.config.MacroParams;
import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.credit.Bank;
import org.aibubble.agents.credit.PrivateCreditFund;
import org.aibubble.agents.credit.PrivateCreditMarket;
import org.aibubble.agents.firms.BondBuyers;
import org.aibubble.agents.firms.ChipVendor;
import org.aibubble.agents.firms.Hyperscaler;
import org.aibubble.agents.households.HouseholdSector;
import org.aibubble.agents.labs.AiDemand;
import org.aibubble.agents.labs.LabRegistry;
import org.aibubble.agents.labs.ModelLab;
import org.aibubble.agents.labs.VentureCapital;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.ledger.Sector;
import org.aibubble.agents.markets.BondMarket;
import org.aibubble.agents.markets.ComputeMarket;
import org.aibubble.agents.markets.EquityMarket;
import org.aibubble.agents.parallel.DrawSeed;
import org.aibubble.agents.policy.Fed;
import org.aibubble.agents.policy.Government;

/**
 * Builds the starting economy (2026-01 by default) from the config: opens every account, creates the
 * agents and markets, and posts the opening balance sheets so that every financial row of the matrix
 * sums to zero (docs/MODEL.md). Derived starting values: the compute price (so the compute market
 * starts balanced), the Fed's reserves (equal to its securities), the households' propensities to
 * consume (so consumption starts at {@code macro.consumption0}). Each agent that draws gets its keyed
 * draws under its ledger account name.
 */
final class EconomyBuilder {
    /** Expected monthly capital income per dollar of household portfolio at the start (2% a year). */
    private static final double CAPITAL_INCOME_RATE = 0.02 / 12;

    private EconomyBuilder() {
    }

    static World build(ModelConfig config, int threads) {
        Ledger ledger = new Ledger();
        World w = new World(config, ledger);
        DrawSeed draws = w.draws();
        MacroParams macro = config.macro();
        int bank = ledger.open("bank", Sector.BANK);
        int fed = ledger.open("fed", Sector.FED);
        int gov = ledger.open("government", Sector.GOVERNMENT);
        int firms = ledger.open("other-firms", Sector.OTHER_FIRMS);
        int chip = ledger.open("chip-vendor", Sector.CHIP_VENDOR);
        int software = ledger.open("software-borrowers", Sector.SOFTWARE_BORROWERS);
        int[] householdAccounts = open(ledger, "households:", Sector.HOUSEHOLDS,
                Arrays.stream(HouseholdGroup.values()).map(g -> g.name().toLowerCase()).toList());
        int[] hyperscalerAccounts = open(ledger, "hyperscaler:", Sector.HYPERSCALERS,
                config.hyperscalers().firms().stream().map(HyperscalerParams::id).toList());
        int[] labAccounts = open(ledger, "lab:", Sector.LABS, config.labs().firms().stream().map(LabParams::id).toList());
        int[] fundAccounts = open(ledger, "fund:", Sector.PRIVATE_CREDIT,
                config.privateCredit().funds().stream().map(FundParams::id).toList());
        ledger.freeze();
        w.accounts = new Accounts(bank, fed, gov, firms, chip, software, householdAccounts[HouseholdGroup.TOP.ordinal()],
                householdAccounts[HouseholdGroup.MIDDLE.ordinal()], householdAccounts[HouseholdGroup.BOTTOM.ordinal()],
                list(hyperscalerAccounts), list(labAccounts), list(fundAccounts));
        w.households = new HouseholdSector(config.households(), w.ledger(), householdAccounts,
                HouseholdWiring.counterparties(w.accounts), config.run().households());
        w.households.setThreads(threads);

        Accounts accounts = w.accounts;
        w.fed = new Fed(() -> w.config().fed(), ledger, fed, accounts);
        w.bonds = new BondMarket(config.markets());
        w.government = new Government(() -> w.config().macro(), () -> w.config().households(), ledger, gov, accounts);
        w.bank = new Bank(() -> w.config().macro(), ledger, bank, accounts);
        w.privateCredit = new PrivateCreditMarket(CreditWiring.behaviour(w), ledger, w.funds);
        w.otherFirms = FirmsWiring.otherFirms(w, macro, firms);
        w.chipVendor = new ChipVendor(ledger, chip, w.accounts, macro.chipMargin(), macro.corporateTaxRate(),
                macro.firmsPayout(), macro.dividendAdjustment());
        w.software = FirmsWiring.software(w, software);
        BondBuyers bondBuyers = bondBuyers(config, w.households);
        double capacity = 0;
        for (int i = 0; i < hyperscalerAccounts.length; i++) {
            Hyperscaler h = new Hyperscaler(config.hyperscalers().firms().get(i), config.hyperscalers().capex(),
                    config.hyperscalers().funding(), macro.corporateTaxRate(), macro.dividendAdjustment(), ledger,
                    hyperscalerAccounts[i], w.accounts, bondBuyers, w.bonds.spreadCurve(), macro.consumption0());
            h.openFleet();
            capacity += h.capacity();
            w.hyperscalers.add(h);
        }
        double computePrice0 = startingComputePrice(config, capacity);
        for (Hyperscaler h : w.hyperscalers) {
            h.setComputeOpex(computePrice0);
        }
        w.compute = new ComputeMarket(ledger, config.markets(), w.hyperscalers,
                config.labs().behaviour().circularShare(), config.hyperscalers().capex().expectedDemandGrowth0(),
                computePrice0);
        int top = w.households.account(HouseholdGroup.TOP);
        LabBehaviour labBehaviour = config.labs().behaviour();
        w.ventureCapital = new VentureCapital(labBehaviour, ledger, top);
        w.labRegistry = new LabRegistry(labBehaviour.qualityElasticity());
        double revenue0 = 0;
        for (int i = 0; i < labAccounts.length; i++) {
            LabParams lp = config.labs().firms().get(i);
            ModelLab lab = new ModelLab(lp, labBehaviour, ledger, labAccounts[i], top, w.labRegistry,
                    w.ventureCapital, draws.forAgent(ledger.name(labAccounts[i])), computePrice0);
            w.labs.add(lab);
            w.labRegistry.add(lab);
            revenue0 += lp.revenue() / 12;
        }
        w.aiDemand = new AiDemand(config.labs().adoption(), draws.forAgent("ai-demand"), revenue0, computePrice0);
        for (int i = 0; i < fundAccounts.length; i++) {
            w.funds.add(CreditWiring.fund(w, config.privateCredit().funds().get(i), fundAccounts[i]));
        }
        linkPartners(w);
        w.equity = new EquityMarket(ledger, config.markets(), config.households().beliefs().memory(),
                config.labs().adoption().revenueGrowth0(), draws.forAgent("equity-market"));
        for (Hyperscaler h : w.hyperscalers) {
            w.equity.list(h);
        }
        w.equity.list(w.chipVendor);
        w.equity.list(w.otherFirms);
        w.events = new ScenarioEvents(w, config.scenario().events());

        OpeningBooks.post(w);
        w.households.populate(macro.unemployment0(), config.run().seed());
        w.bonds.initialise(PolicyWiring.bondInputs(config, w.fed));
        w.otherFirms.recordStartingRates(w.bonds.yield10y());
        for (Hyperscaler h : w.hyperscalers) {
            h.openReturnGap(computePrice0, config.markets().targetUtilisation(), w.bonds.yield10y());
        }
        for (PrivateCreditFund fund : w.funds) {
            fund.open(w.fed.policyRate());
        }
        w.households.calibrate(macro.consumption0(), CAPITAL_INCOME_RATE);
        w.equity.open(w.bonds.yield10y());
        ledger.check(0);
        w.fixStartingSpread();
        return w;
    }

    private static List<Integer> list(int[] accounts) {
        return Arrays.stream(accounts).boxed().toList();
    }

    private static BondBuyers bondBuyers(ModelConfig config, HouseholdSector households) {
        List<BondBuyers.Group> groups = new ArrayList<>();
        for (HouseholdGroup group : HouseholdGroup.values()) {
            groups.add(new BondBuyers.Group(households.account(group), config.households().group(group).bondShare()));
        }
        return new BondBuyers(config.macro().householdBondShare(), groups,
                config.hyperscalers().funding().householdBondDepositCap());
    }

    private static int[] open(Ledger ledger, String prefix, Sector sector, List<String> ids) {
        int[] accounts = new int[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            accounts[i] = ledger.open(prefix + ids.get(i), sector);
        }
        return accounts;
    }

    /**
     * The compute price at which the labs' starting compute spending (training plus serving their
     * revenue at the token markup) buys exactly the target utilisation of installed capacity.
     */
    private static double startingComputePrice(ModelConfig config, double capacity) {
        double spend = 0;
        for (LabParams lab : config.labs().firms()) {
            spend += lab.trainingCompute() / 12 + lab.revenue() / 12 / config.labs().behaviour().tokenMarkup();
        }
        return spend / (config.markets().targetUtilisation() * Math.max(capacity, 1e-9));
    }

    private static void linkPartners(World w) {
        for (Hyperscaler h : w.hyperscalers) {
            for (ModelLab lab : w.labs) {
                if (lab.id().equals(h.partnerLabId())) {
                    lab.setPartner(h);
                }
            }
        }
    }
}
