package org.aibubble.agents.economy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.aibubble.agents.config.AdoptionParams;
import org.aibubble.agents.config.MacroParams;
import org.aibubble.agents.config.ParamsSource;
import org.aibubble.agents.firms.FirmInputs;
import org.aibubble.agents.firms.Hyperscaler;
import org.aibubble.agents.firms.OtherFirms;
import org.aibubble.agents.firms.SoftwareBorrowers;
import org.aibubble.agents.firms.SoftwareInputs;
import org.aibubble.agents.labs.AiDemand;
import org.aibubble.agents.labs.ModelLab;

/**
 * Connects the rest of the corporate sector and the software borrowers to the economy: builds them,
 * and each month their input records from what the Fed, the bond market, AI demand, the hyperscalers
 * (core-business bills) and the labs (enterprise AI bills) published earlier in the month.
 */
final class FirmsWiring implements Serializable {
    private static final long serialVersionUID = 1L;

    private final World world;

    /** @param world the built economy */
    FirmsWiring(World world) {
        this.world = world;
    }

    /** @return other firms on {@code account}, with the run's macro parameters */
    static OtherFirms otherFirms(World w, MacroParams macro, int account) {
        return new OtherFirms(macro, adoption(w), CreditWiring.behaviour(w), w.ledger(), account, w.accounts);
    }

    /** @return the software borrowers on {@code account}, their defaults recorded by the private-credit market */
    static SoftwareBorrowers software(World w, int account) {
        ParamsSource<MacroParams> macro = () -> w.config().macro();
        return new SoftwareBorrowers(macro, CreditWiring.behaviour(w), adoption(w), w.ledger(), account, w.accounts,
                w.privateCredit);
    }

    private static ParamsSource<AdoptionParams> adoption(World w) {
        return () -> w.config().labs().adoption();
    }

    /**
     * @param rates the rates published this month (policy rate, 10-year yield, corporate spreads)
     * @return what other firms read now (FIRMS_AND_LABOUR phase): with this month's AI adoption and bills
     */
    FirmInputs firmInputs(RateSignals rates) {
        AiDemand ai = world.aiDemand();
        List<FirmInputs.Bill> core = new ArrayList<>();
        for (Hyperscaler h : world.hyperscalers()) {
            core.add(new FirmInputs.Bill(h.account(), h.coreRevenueDue()));
        }
        double enterpriseAi = (1 - ai.consumerShare()) * ai.revenue();
        List<FirmInputs.Bill> labs = new ArrayList<>();
        for (ModelLab lab : world.labs()) {
            double share = lab.marketShare();
            if (share > 0) {
                labs.add(new FirmInputs.Bill(lab.account(), enterpriseAi * share));
            }
        }
        return new FirmInputs(world.month(), rates.policyRate(), rates.yield10y(), rates.corporateSpreads(),
                ai.adoption(), ai.laggedAdoption(), core, labs);
    }

    /**
     * @param rates the rates published this month (policy rate, stress index)
     * @return what the software borrowers read now (FIRMS_AND_LABOUR phase, after other firms)
     */
    SoftwareInputs softwareInputs(RateSignals rates) {
        return new SoftwareInputs(world.month(), rates.policyRate(), rates.stressIndex(), world.aiDemand().adoption());
    }
}
