package org.aibubble.agents.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.aibubble.agents.config.LabParams;
import org.aibubble.agents.labs.rules.BaselineLabs;
import org.aibubble.agents.ledger.Flow;
import org.aibubble.agents.ledger.Instrument;
import org.aibubble.agents.ledger.Ledger;
import org.aibubble.agents.ledger.Sector;
import org.aibubble.agents.parallel.DrawSeed;
import org.junit.jupiter.api.Test;

/** One lab on a small ledger with hand-made inputs and a partner: no economy, no World. */
class ModelLabTest {
    private final Ledger ledger = new Ledger();
    private final int bank = ledger.open("bank", Sector.BANK);
    private final int fed = ledger.open("fed", Sector.FED);
    private final int top = ledger.open("households:top", Sector.HOUSEHOLDS);
    private final int seller = ledger.open("hyperscaler:h", Sector.HYPERSCALERS);
    private final int account = ledger.open("lab:l", Sector.LABS);
    private final LabRegistry registry = new LabRegistry(0.3);

    /** A partner that invests whatever it is asked. */
    private final class Partner implements LabInvestor {
        double invested;

        @Override
        public int account() {
            return seller;
        }

        @Override
        public String name() {
            return "hyperscaler:h";
        }

        @Override
        public double investInLab(long month, int labAccount, String labName, double amount) {
            ledger.issue(Instrument.EQUITY, seller, labAccount, amount);
            invested += amount;
            return amount;
        }
    }

    private ModelLab lab(double cash, double venture, double absorption) {
        ledger.freeze();
        ledger.openClaim(Instrument.DEPOSITS, account, bank, cash);
        ledger.openClaim(Instrument.DEPOSITS, top, bank, 1000);
        ledger.openClaim(Instrument.DEPOSITS, seller, bank, 1000);
        ledger.openClaim(Instrument.EQUITY, top, account, 100);
        var behaviour = BaselineLabs.behaviour();
        behaviour = new org.aibubble.agents.config.LabBehaviour(behaviour.trainingGrowth(), behaviour.talentGrowth(),
                behaviour.tokenMarkup(), behaviour.roundTriggerMonths(), behaviour.cutMonths(),
                behaviour.roundSizeMonths(), 1.0, behaviour.moodSensitivity(), behaviour.revenueMultiple(),
                behaviour.growthPremium(), behaviour.circularShare(), behaviour.downRoundDiscount(),
                behaviour.cutShare(), absorption, behaviour.ventureBudget(), behaviour.trainingPriceElasticity(),
                behaviour.maxDilution(), behaviour.qualityElasticity(), behaviour.moodMomentumWeight(),
                behaviour.moodDrawdownWeight(), behaviour.moodPriceShare(), behaviour.minBurnRevenueShare(),
                behaviour.talentCutRatio(), behaviour.rescueSizeShare(), behaviour.failRunwayMonths(),
                behaviour.ventureMomentumWeight(), behaviour.ventureDrawdownWeight(), behaviour.maxRevenueMultiple());
        ModelLab lab = new ModelLab(new LabParams("l", 12, cash, 100, 12, 24, 0, 1), behaviour, ledger, account, top,
                registry, wanted -> Math.min(wanted, venture), new DrawSeed(1).forAgent("lab:l"), 1.0);
        registry.add(lab);
        return lab;
    }

    private static LabInputs inputs(long month) {
        return new LabInputs(month, 1.0, 1.0, 1.0, 0.08, 0, 0);
    }

    /** Pays the seller for what the lab ordered, as the compute market would. */
    private void buy(double units) {
        ledger.pay(account, seller, Math.min(units, Math.max(0, ledger.deposits(account))), Flow.COMPUTE);
    }

    @Test
    void itBuysTrainingAndInferenceAndPaysTalentToItsInvestors() {
        ModelLab lab = lab(100, 0, 0);
        double units = lab.orderCompute(inputs(0));
        assertEquals(2 + 1.0 / 2.0, units, 1e-12, "training 24/12 units plus revenue 1 at markup 2");
        buy(units);
        lab.finishMonth(inputs(0));
        assertEquals(1.0, ledger.income(top, Flow.TALENT_PAY), 1e-12);
        assertEquals(1.0, lab.marketShare(), 1e-12, "alone in the market");
    }

    @Test
    void shortRunwayRaisesARoundWithThePartnersCircularShare() {
        ModelLab lab = lab(10, 1000, 0);
        Partner partner = new Partner();
        lab.setPartner(partner);
        buy(lab.orderCompute(inputs(0)));
        lab.finishMonth(inputs(0));
        assertEquals(1, lab.rounds());
        assertTrue(partner.invested > 0, "the partner took its share");
        assertTrue(ledger.deposits(top) < 1000, "venture money from the top households bought the rest: "
                + ledger.deposits(top));
    }

    @Test
    void withoutFundingItCutsThenFailsAndItsEquityIsWrittenOff() {
        ModelLab lab = lab(3, 0, 0);
        LabMonth last = LabMonth.GOING;
        for (int m = 0; m < 12 && !last.failed(); m++) {
            buy(lab.orderCompute(inputs(m)));
            last = lab.finishMonth(inputs(m));
        }
        assertTrue(last.failed());
        assertEquals(LabStatus.FAILED, lab.status());
        assertEquals(1, registry.failures());
        assertEquals(0, ledger.liabilities(account, Instrument.EQUITY), 1e-12);
        assertEquals(0, lab.orderCompute(inputs(12)), 0, "a failed lab buys nothing");
    }
}
