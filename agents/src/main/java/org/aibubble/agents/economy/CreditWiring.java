package org.aibubble.agents.economy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.aibubble.agents.config.FundBehaviour;
import org.aibubble.agents.config.FundParams;
import org.aibubble.agents.config.ParamsSource;
import org.aibubble.agents.credit.CreditDemander;
import org.aibubble.agents.credit.FundInputs;
import org.aibubble.agents.credit.PrivateCreditFund;
import org.aibubble.agents.credit.PrivateCreditMarket;
import org.aibubble.agents.firms.Hyperscaler;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.parallel.MacroDraws;

/**
 * Connects the private-credit funds and market to the rest of the economy: builds the funds, each
 * month's {@link FundInputs} from what the Fed, the equity market and the private-credit market
 * publish, and the market's borrowers (software borrowers, other firms, the hyperscalers) as
 * {@link CreditDemander}s.
 */
final class CreditWiring implements Serializable {
    private static final long serialVersionUID = 1L;

    private final World world;
    private final List<CreditDemander> borrowers = new ArrayList<>();

    /** @param world the built economy (every borrower exists) */
    CreditWiring(World world) {
        this.world = world;
        Ledger ledger = world.ledger();
        borrowers.add(world.software());
        borrowers.add(world.otherFirms());
        for (Hyperscaler h : world.hyperscalers()) {
            borrowers.add(new HyperscalerBorrower(ledger, h));
        }
    }

    /** @return where funds and the market read the shared fund behaviour (a branch may change it) */
    static ParamsSource<FundBehaviour> behaviour(World w) {
        return () -> w.config().privateCredit().behaviour();
    }

    /** @return a fund of profile {@code params} on {@code account}, its units held by the top households */
    static PrivateCreditFund fund(World w, FundParams params, int account) {
        MacroDraws draws = w.draws().forAgent(w.ledger().name(account));
        return new PrivateCreditFund(params, behaviour(w), w.ledger(), account, w.accounts.householdsTop(), draws);
    }

    /**
     * @param lastMonth what the economy published at the end of last month (the AI drawdown)
     * @param rates     the rates published this month (policy rate, stress index)
     * @return what a fund reads now: with the private-credit market's gated share and default rate as
     *         they stand when the fund steps
     */
    FundInputs fundInputs(MonthSignals lastMonth, RateSignals rates) {
        PrivateCreditMarket market = world.privateCredit();
        return new FundInputs(world.month(), world.quarterEnd(), rates.policyRate(), rates.stressIndex(),
                lastMonth.aiDrawdown(), market.gatedShare(), market.recentDefaultRate());
    }

    /** Rolls over, repays and allocates this month's private credit (PRIVATE_CREDIT phase, after the funds). */
    void allocate() {
        world.privateCredit().allocate(borrowers);
    }

    /** A hyperscaler: repays what is not rolled over and asks for what its funding plan lacks. */
    private record HyperscalerBorrower(Ledger ledger, Hyperscaler h) implements CreditDemander, Serializable {
        @Override
        public int account() {
            return h.account();
        }

        @Override
        public double creditWanted() {
            return h.privateCreditWanted();
        }

        @Override
        public void borrow(int lender, double amount) {
            h.borrowPrivateCredit(lender, amount);
        }

        @Override
        public void settleMaturing(long month, double maturing, double rollShare) {
            PrivateCreditMarket.repay(ledger, h.account(), maturing * (1 - rollShare));
        }
    }
}
