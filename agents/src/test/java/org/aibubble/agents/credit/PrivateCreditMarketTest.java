package org.aibubble.agents.credit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.ledger.Sector;
import org.aibubble.agents.parallel.DrawSeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The private-credit market on a small ledger: two funds, a borrower that repays, one that asks for loans. */
class PrivateCreditMarketTest {
    private static final FundInputs CALM_MONTH = new FundInputs(1, false, 0.04, 0, 0, 0, 0);

    private Ledger ledger;
    private int firms;
    private int builder;
    private final List<PrivateCreditFund> funds = new ArrayList<>();
    private PrivateCreditMarket market;

    /** Two funds with {@code cash} each and 80 of loans to other firms; the builder owes nothing yet. */
    private void open(double cash) {
        ledger = new Ledger();
        int bank = ledger.open("bank", Sector.BANK);
        ledger.open("fed", Sector.FED);
        int top = ledger.open("households:top", Sector.HOUSEHOLDS);
        firms = ledger.open("other-firms", Sector.OTHER_FIRMS);
        builder = ledger.open("hyperscaler:h5", Sector.HYPERSCALERS);
        int[] accounts = {ledger.open("fund:a", Sector.PRIVATE_CREDIT), ledger.open("fund:b", Sector.PRIVATE_CREDIT)};
        ledger.freeze();
        ledger.openClaim(Instrument.DEPOSITS, top, bank, 1000);
        ledger.openClaim(Instrument.DEPOSITS, firms, bank, 100);
        funds.clear();
        for (int account : accounts) {
            ledger.openClaim(Instrument.DEPOSITS, account, bank, cash);
            ledger.openClaim(Instrument.PRIVATE_CREDIT_LOANS, account, firms, 80);
            ledger.openClaim(Instrument.FUND_UNITS, top, account, cash + 80);
            funds.add(new PrivateCreditFund(new org.aibubble.agents.config.FundParams("f" + account, cash + 80, 0.05,
                    0, 0, 0), FundBehaviours::baseline, ledger, account, top,
                    new DrawSeed(42).forAgent(ledger.name(account))));
        }
        market = new PrivateCreditMarket(FundBehaviours::baseline, ledger, funds);
        for (PrivateCreditFund fund : funds) {
            fund.open(0.04);
            fund.step(CALM_MONTH);
        }
    }

    private final class Firms implements CreditDemander {
        @Override
        public int account() {
            return firms;
        }

        @Override
        public double creditWanted() {
            return 0;
        }

        @Override
        public void borrow(int lender, double amount) {
            throw new AssertionError("other firms ask for nothing");
        }

        @Override
        public void settleMaturing(long month, double maturing, double rollShare) {
            PrivateCreditMarket.repay(ledger, firms, maturing * (1 - rollShare));
        }
    }

    private final class Builder implements CreditDemander {
        private double wanted;

        Builder(double wanted) {
            this.wanted = wanted;
        }

        @Override
        public int account() {
            return builder;
        }

        @Override
        public double creditWanted() {
            return wanted;
        }

        @Override
        public void borrow(int lender, double amount) {
            ledger.issue(Instrument.PRIVATE_CREDIT_LOANS, lender, builder, amount);
            wanted -= amount;
        }

        @Override
        public void settleMaturing(long month, double maturing, double rollShare) {
            PrivateCreditMarket.repay(ledger, builder, maturing * (1 - rollShare));
        }
    }

    @BeforeEach
    void calm() {
        open(20);
    }

    @Test
    void maturitiesAreRolledOverWithoutCashAndRequestsGetTheCapacityProRata() {
        double capacity = 2 * 0.5 * (20 - 0.05 * 100);
        assertEquals(capacity, funds.get(0).lendingCapacity() + funds.get(1).lendingCapacity(), 1e-12);
        market.allocate(List.of(new Firms(), new Builder(100)));
        assertEquals(capacity, market.capacity(), 1e-12, "the capacity published is the month's before lending");
        assertEquals(160, ledger.liabilities(firms, Instrument.PRIVATE_CREDIT_LOANS), 1e-9, "all maturities rolled over");
        assertEquals(capacity, ledger.liabilities(builder, Instrument.PRIVATE_CREDIT_LOANS), 1e-9,
                "a rollover moves no cash: the builder gets the whole capacity");
        assertEquals(ledger.claim(Instrument.PRIVATE_CREDIT_LOANS, funds.get(0).account(), builder),
                ledger.claim(Instrument.PRIVATE_CREDIT_LOANS, funds.get(1).account(), builder), 1e-12, "pro rata");
        assertEquals(0, funds.get(0).lendingCapacity() + funds.get(1).lendingCapacity(), 1e-12);
    }

    @Test
    void aSmallRequestLeavesCapacityUnused() {
        market.allocate(List.of(new Firms(), new Builder(2)));
        assertEquals(2, ledger.liabilities(builder, Instrument.PRIVATE_CREDIT_LOANS), 1e-12);
        assertTrue(funds.get(0).lendingCapacity() > 0);
    }

    @Test
    void fundsWithoutSpareCashStillRollOverAndLendNothingNew() {
        open(5.5);
        assertEquals(0, funds.get(0).cashShortfall(), 0.0, "cash above the 5% target: no shortfall");
        market.allocate(List.of(new Firms(), new Builder(10)));
        assertEquals(160, ledger.liabilities(firms, Instrument.PRIVATE_CREDIT_LOANS), 1e-9, "all rolled over");
        assertEquals(100, ledger.deposits(firms), 1e-9, "nothing repaid");
        double capacity = 2 * 0.5 * (5.5 - 0.05 * 85.5);
        assertEquals(capacity, ledger.liabilities(builder, Instrument.PRIVATE_CREDIT_LOANS), 1e-9, "new loans: the capacity");
    }

    @Test
    void aFundShortOfCashForItsQueueAsksItsMaturitiesBackAndTheSameShareOfEveryMaturityIsRepaid() {
        open(3);
        double nav = 83;
        double shortfall = 0.05 * nav - 3;
        assertEquals(shortfall, funds.get(0).cashShortfall(), 1e-12, "below its cash target");
        double due = 160 / 48.0;
        market.allocate(List.of(new Firms(), new Builder(10)));
        double called = 2 * Math.min(80 / 48.0, shortfall);
        assertEquals(160 - called, ledger.liabilities(firms, Instrument.PRIVATE_CREDIT_LOANS), 1e-9);
        assertEquals(100 - called, ledger.deposits(firms), 1e-9, "repaid from the borrower's cash");
        assertEquals(3 + called / 2, ledger.deposits(funds.get(0).account()), 1e-9, "to its lenders pro rata");
        assertTrue(called < due, "only what the funds lack is asked back");
        assertEquals(0, ledger.liabilities(builder, Instrument.PRIVATE_CREDIT_LOANS), 0.0, "nothing left for new loans");
    }

    @Test
    void theDefaultRateIsTheLastTwelveMonthsOverLoans() {
        market.recordDefault(8);
        assertEquals(8, market.defaultsThisMonth(), 0.0);
        for (int m = 1; m < 12; m++) {
            market.startMonth(m);
            assertEquals(8 / 160.0, market.recentDefaultRate(), 1e-12, "month " + m);
        }
        assertEquals(0, market.defaultsThisMonth(), 0.0);
        market.startMonth(12);
        assertEquals(0, market.recentDefaultRate(), 0.0, "a year later the default drops out");
    }

    @Test
    void theGatedShareCountsFundsWhoseGateBound() {
        assertEquals(0, market.gatedShare(), 0.0);
        funds.get(0).addRedemptionWave(0.5, 3, 2);
        funds.get(0).step(new FundInputs(2, true, 0.04, 0, 0, 0, 0));
        assertTrue(funds.get(0).gated());
        assertEquals(0.5, market.gatedShare(), 0.0);
    }
}
