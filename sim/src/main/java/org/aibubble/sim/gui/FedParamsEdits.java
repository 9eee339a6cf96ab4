package org.aibubble.sim.gui;

import org.aibubble.agents.config.FedParams;

/** Copies of the Fed's parameters with one lever changed (the record validates the new value). */
final class FedParamsEdits {
    private FedParamsEdits() {
    }

    static FedParams withInflationWeight(FedParams f, double inflationWeight) {
        return new FedParams(f.policyRate0(), f.neutralRealRate(), inflationWeight, f.unemploymentWeight(),
                f.inertia(), f.floor(), f.treasuries0(), f.reserveManagement(), f.mildStress(), f.moderateStress(),
                f.severeStress(), f.severeUnemploymentRise(), f.moderateExtraCut(), f.qePerMonth(), f.qeEnabled(),
                f.qeFloorDistance(), f.qeTermPremiumPerTrillion());
    }

    static FedParams withUnemploymentWeight(FedParams f, double unemploymentWeight) {
        return new FedParams(f.policyRate0(), f.neutralRealRate(), f.inflationWeight(), unemploymentWeight,
                f.inertia(), f.floor(), f.treasuries0(), f.reserveManagement(), f.mildStress(), f.moderateStress(),
                f.severeStress(), f.severeUnemploymentRise(), f.moderateExtraCut(), f.qePerMonth(), f.qeEnabled(),
                f.qeFloorDistance(), f.qeTermPremiumPerTrillion());
    }

    static FedParams withQePerMonth(FedParams f, double qePerMonth) {
        return new FedParams(f.policyRate0(), f.neutralRealRate(), f.inflationWeight(), f.unemploymentWeight(),
                f.inertia(), f.floor(), f.treasuries0(), f.reserveManagement(), f.mildStress(), f.moderateStress(),
                f.severeStress(), f.severeUnemploymentRise(), f.moderateExtraCut(), qePerMonth, f.qeEnabled(),
                f.qeFloorDistance(), f.qeTermPremiumPerTrillion());
    }
}
