package org.aibubble.agents.economy;

import org.aibubble.agents.config.FundParams;
import org.aibubble.agents.config.GroupParams;
import org.aibubble.agents.config.HouseholdGroup;
import org.aibubble.agents.config.HyperscalerParams;
import org.aibubble.agents.config.LabParams;
import org.aibubble.agents.config.MacroParams;
import org.aibubble.agents.config.ModelConfig;
import org.aibubble.agents.credit.PrivateCreditFund;
import org.aibubble.agents.firms.Hyperscaler;
import org.aibubble.agents.labs.ModelLab;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;

/**
 * The opening balance sheets. Every claim is opened with its holder and issuer, so each financial row
 * of the matrix sums to zero by construction and net worths are what the claims leave; the household
 * groups' deposits and card debt are opened by the household sector from its arrays.
 */
final class OpeningBooks {
    private OpeningBooks() {
    }

    static void post(World w) {
        ModelConfig config = w.config();
        Ledger ledger = w.ledger();
        MacroParams macro = config.macro();
        int bank = ledger.bank();
        int gov = w.government().account();
        ledger.openClaim(Instrument.DEPOSITS, gov, bank, macro.governmentPurchases());
        ledger.openClaim(Instrument.DEPOSITS, w.otherFirms().account(), bank, macro.firmsDeposits());
        ledger.openClaim(Instrument.DEPOSITS, w.chipVendor().account(), bank, macro.chipDeposits());
        ledger.openClaim(Instrument.DEPOSITS, w.software().account(), bank, macro.softwareDebt() / 12);
        ledger.openRealCapital(w.otherFirms().account(), macro.firmsCapital());
        openTreasuries(w);
        openListedEquity(w, w.otherFirms().account(), macro.firmsMarketCap());
        openListedEquity(w, w.chipVendor().account(), macro.chipMarketCap());
        openBonds(w, w.otherFirms().account(), macro.firmsBonds());
        ledger.openClaim(Instrument.EQUITY, w.households().account(HouseholdGroup.TOP), w.software().account(),
                macro.softwareEquity());
        for (int i = 0; i < w.hyperscalers().size(); i++) {
            openHyperscaler(w, w.hyperscalers().get(i), config.hyperscalers().firms().get(i));
        }
        for (int i = 0; i < w.labs().size(); i++) {
            openLab(w, w.labs().get(i), config.labs().firms().get(i));
        }
        openPrivateCredit(w);
    }

    private static void openTreasuries(World w) {
        Ledger ledger = w.ledger();
        MacroParams macro = w.config().macro();
        int gov = w.government().account();
        double atFed = Math.min(w.config().fed().treasuries0(), macro.governmentDebt());
        ledger.openClaim(Instrument.TREASURIES, w.fed().account(), gov, atFed);
        ledger.openClaim(Instrument.RESERVES, ledger.bank(), w.fed().account(), atFed);
        double rest = macro.governmentDebt() - atFed;
        double households = rest * macro.householdTreasuryShare();
        for (HouseholdGroup g : HouseholdGroup.values()) {
            GroupParams p = w.config().households().group(g);
            ledger.openClaim(Instrument.TREASURIES, w.households().account(g), gov, households * p.bondShare());
        }
        ledger.openClaim(Instrument.TREASURIES, ledger.bank(), gov, rest - households);
    }

    private static void openListedEquity(World w, int issuer, double marketCap) {
        for (HouseholdGroup g : HouseholdGroup.values()) {
            GroupParams p = w.config().households().group(g);
            w.ledger().openClaim(Instrument.EQUITY, w.households().account(g), issuer, marketCap * p.equityShare());
        }
    }

    private static void openBonds(World w, int issuer, double amount) {
        Ledger ledger = w.ledger();
        double households = amount * w.config().macro().householdBondShare();
        for (HouseholdGroup g : HouseholdGroup.values()) {
            GroupParams p = w.config().households().group(g);
            ledger.openClaim(Instrument.CORPORATE_BONDS, w.households().account(g), issuer, households * p.bondShare());
        }
        ledger.openClaim(Instrument.CORPORATE_BONDS, ledger.bank(), issuer, amount - households);
    }

    private static void openHyperscaler(World w, Hyperscaler h, HyperscalerParams p) {
        Ledger ledger = w.ledger();
        ledger.openClaim(Instrument.DEPOSITS, h.account(), ledger.bank(), p.cash());
        ledger.openRealCapital(h.account(), h.gpuBook() + p.shellBook());
        openListedEquity(w, h.account(), p.marketCap());
        openBonds(w, h.account(), p.bonds());
    }

    private static void openLab(World w, ModelLab lab, LabParams p) {
        Ledger ledger = w.ledger();
        ledger.openClaim(Instrument.DEPOSITS, lab.account(), ledger.bank(), p.cash());
        double partnerStake = 0;
        for (int i = 0; i < w.hyperscalers().size(); i++) {
            Hyperscaler h = w.hyperscalers().get(i);
            if (h == lab.partner()) {
                partnerStake = w.config().hyperscalers().firms().get(i).partnerStake();
                ledger.openClaim(Instrument.EQUITY, h.account(), lab.account(), p.valuation() * partnerStake);
            }
        }
        ledger.openClaim(Instrument.EQUITY, w.households().account(HouseholdGroup.TOP), lab.account(),
                p.valuation() * (1 - partnerStake));
    }

    /**
     * Opens the funds' loan books and units: each borrower's private-credit debt (hyperscalers' vehicles,
     * labs, software borrowers) is spread over the funds in proportion to each fund's lending to that
     * class ({@code nav * (1 - cashShare) * share}); the rest of each fund's lending is to other firms
     * (middle-market loans); each fund's units equal its NAV (cash plus loans) and are held by the top group.
     */
    private static void openPrivateCredit(World w) {
        Ledger ledger = w.ledger();
        int n = w.funds().size();
        double[] infraWeight = new double[n];
        double[] softwareWeight = new double[n];
        double infraTotal = 0;
        double softwareTotal = 0;
        for (int f = 0; f < n; f++) {
            FundParams p = w.config().privateCredit().funds().get(f);
            double lending = p.nav() * (1 - p.cashShare());
            infraWeight[f] = lending * p.infraShare();
            softwareWeight[f] = lending * p.softwareShare();
            double other = lending * (1 - p.infraShare() - p.softwareShare());
            if (other > 0) {
                ledger.openClaim(Instrument.PRIVATE_CREDIT_LOANS, w.funds().get(f).account(), w.otherFirms().account(),
                        other);
            }
            infraTotal += infraWeight[f];
            softwareTotal += softwareWeight[f];
        }
        for (int i = 0; i < w.hyperscalers().size(); i++) {
            double debt = w.config().hyperscalers().firms().get(i).privateCredit();
            spread(w, w.hyperscalers().get(i).account(), debt, infraWeight, infraTotal);
        }
        for (int i = 0; i < w.labs().size(); i++) {
            spread(w, w.labs().get(i).account(), w.config().labs().firms().get(i).debt(), infraWeight, infraTotal);
        }
        spread(w, w.software().account(), w.config().macro().softwareDebt(), softwareWeight, softwareTotal);
        int top = w.households().account(HouseholdGroup.TOP);
        for (int f = 0; f < n; f++) {
            PrivateCreditFund fund = w.funds().get(f);
            FundParams p = w.config().privateCredit().funds().get(f);
            ledger.openClaim(Instrument.DEPOSITS, fund.account(), ledger.bank(), p.nav() * p.cashShare());
            double nav = ledger.deposits(fund.account()) + ledger.assets(fund.account(), Instrument.PRIVATE_CREDIT_LOANS);
            ledger.openClaim(Instrument.FUND_UNITS, top, fund.account(), nav);
        }
    }

    private static void spread(World w, int borrower, double debt, double[] weights, double total) {
        if (debt <= 0) {
            return;
        }
        if (total <= 0) {
            throw new IllegalStateException("private-credit debt of " + w.ledger().name(borrower)
                    + " but no fund lends to its class");
        }
        for (int f = 0; f < weights.length; f++) {
            if (weights[f] > 0) {
                w.ledger().openClaim(Instrument.PRIVATE_CREDIT_LOANS, w.funds().get(f).account(), borrower,
                        debt * weights[f] / total);
            }
        }
    }
}
