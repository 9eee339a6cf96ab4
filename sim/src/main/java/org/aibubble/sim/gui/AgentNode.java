package org.aibubble.sim.gui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.aibubble.agents.economy.Distress;
import org.aibubble.agents.economy.EconomicAgent;
import org.aibubble.agents.economy.Economy;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.ledger.Sector;
import org.aibubble.sim.format.NumberText;

/**
 * One agent (one ledger account) as a node of the network display. It holds no copy of the books:
 * every getter reads the economy's ledger now, so an open inspector shows the current month. The
 * bean getters are what MASON's inspector lists, amounts with their unit ({@code $4,964 bn}); {@link #balanceSheet()} and {@link #recentDecisions()}
 * feed the agent inspector's tables.
 */
public final class AgentNode {
    private final Economy economy;
    private final int account;
    private final EconomicAgent agent;

    /**
     * @param economy the economy the agent lives in
     * @param account its ledger account
     * @param agent   the agent keeping that account, or null for an account no single agent keeps
     *                (a household group's account, kept by the household sector for its members)
     */
    AgentNode(Economy economy, int account, EconomicAgent agent) {
        this.economy = economy;
        this.account = account;
        this.agent = agent;
    }

    /** @return the ledger account id */
    int account() {
        return account;
    }

    /** @return the agent's name (the ledger account's name) */
    public String getName() {
        return ledger().name(account);
    }

    /** @return the agent's sector */
    public Sector getSector() {
        return ledger().sector(account());
    }

    /** @return the agent's distress state this month, in words ("not rated" for a household group) */
    public String getDistress() {
        Distress distress = distress();
        if (distress != null) {
            return distress.name().toLowerCase(Locale.ROOT);
        }
        return getSector() == Sector.HOUSEHOLDS ? "not rated (a household group)" : "not rated";
    }

    /** @return the distress state, or null when the account has no agent that rates itself */
    Distress distress() {
        return agent == null ? null : agent.distress();
    }

    /** @return financial assets plus real capital, with the unit ({@code $4,964 bn}) */
    public String getTotalAssets() {
        return usd(totalAssets());
    }

    /** @return real capital (GPUs, shells, other fixed capital), with the unit */
    public String getRealCapital() {
        return usd(ledger().realCapital(account()));
    }

    /** @return liabilities, with the unit */
    public String getTotalLiabilities() {
        return usd(ledger().totalLiabilities(account()));
    }

    /** @return net worth, with the unit */
    public String getNetWorth() {
        return usd(netWorth());
    }

    /** @return financial assets plus real capital, USD bn */
    double totalAssets() {
        return ledger().totalAssets(account()) + ledger().realCapital(account());
    }

    /** @return net worth, USD bn */
    double netWorth() {
        return ledger().netWorth(account());
    }

    /** @return the size of the balance sheet that sets the node's size: total assets, USD bn */
    double balanceSheetSize() {
        return Math.max(0.0, totalAssets());
    }

    /** @return the balance sheet by instrument (assets and liabilities, USD bn), non-zero rows only */
    public List<BalanceSheetRow> balanceSheet() {
        List<BalanceSheetRow> rows = new ArrayList<>();
        Ledger books = ledger();
        for (Instrument instrument : Instrument.values()) {
            double held = books.assets(account(), instrument);
            double owed = books.liabilities(account(), instrument);
            if (held != 0.0 || owed != 0.0) {
                rows.add(new BalanceSheetRow(instrument.name().toLowerCase(Locale.ROOT), held, owed));
            }
        }
        if (books.realCapital(account()) != 0.0) {
            rows.add(new BalanceSheetRow("real capital", books.realCapital(account()), 0.0));
        }
        rows.add(new BalanceSheetRow("net worth", 0.0, books.netWorth(account())));
        return rows;
    }

    /** @return the agent's recent decisions, newest first (none for a household group) */
    public List<String> recentDecisions() {
        if (agent == null) {
            return List.of();
        }
        List<String> decisions = new ArrayList<>(agent.recentDecisions());
        Collections.reverse(decisions);
        return decisions;
    }

    /** @return the short label drawn next to the node: the name without its {@code kind:} prefix */
    @Override
    public String toString() {
        String name = getName();
        return name.substring(name.lastIndexOf(':') + 1);
    }

    private static String usd(double usdBillions) {
        return NumberText.withUnit(usdBillions, NumberText.Unit.USD_BN);
    }

    private Ledger ledger() {
        return economy.ledger();
    }
}
