package org.aibubble.agents.policy.rules;

import java.io.Serializable;

import org.aibubble.agents.config.FedParams;
import org.aibubble.agents.config.QePolicy;
import org.aibubble.agents.policy.FedTier;

/**
 * Where the Fed's QE stands: a programme is launched in the severe tier with the policy rate at the floor,
 * buys {@code fed.qePerMonth} a month up to {@code fed.qeSize}, tapers linearly to zero over
 * {@code fed.qeTaperMonths} (earlier if the severe tier ends), then holds what it bought (maturities
 * reinvested); {@code fed.qtDelayMonths} after its end, once the tier is at most mild and the rate has left
 * the floor, the holdings run off (QT, {@link BalanceSheetRules#runoff}). A new programme may be launched
 * {@code fed.qeReviewMonths} after the last one ended. Immutable: each month's decision gives the next state.
 *
 * @param phase         the phase
 * @param bought        purchases so far under the current (or last) programme, USD bn
 * @param pace          this month's pace while buying or tapering, USD bn a month
 * @param months        months spent buying or tapering; once the programme has ended, months since its end
 */
public record QeProgramme(Phase phase, double bought, double pace, int months) implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Amounts below this count as zero (USD bn). */
    private static final double NEGLIGIBLE = 1e-9;

    /** No programme has run yet. */
    public static final QeProgramme NONE = new QeProgramme(Phase.NONE, 0, 0, 0);

    /** The phases of a QE programme. */
    public enum Phase {
        /** No programme yet. */
        NONE,
        /** Buying at the full pace. */
        BUYING,
        /** Buying at a pace falling to zero. */
        TAPERING,
        /** Programme over; holdings kept (maturities reinvested). */
        HOLDING,
        /** Holdings running off (QT). */
        RUNOFF
    }

    /**
     * @param p        the Fed's parameters
     * @param setting  the QE setting in force
     * @param tier     this month's tier
     * @param atFloor  whether the policy rate is within {@code fed.qeFloorDistance} of the floor
     * @return QE purchases wanted this month, USD bn
     */
    public double purchases(FedParams p, QePolicy setting, FedTier tier, boolean atFloor) {
        return switch (setting) {
            case OFF -> 0;
            case FORCED -> p.qePerMonth();
            case AUTO -> switch (launchOrContinue(p, tier, atFloor)) {
                case BUYING -> Math.max(0, Math.min(p.qePerMonth(), p.qeSize() - boughtSoFar()));
                case TAPERING -> Math.max(0, Math.min(taperPace(p), p.qeSize() - bought));
                default -> 0;
            };
        };
    }

    /**
     * @param p          the Fed's parameters
     * @param setting    the QE setting in force
     * @param tier       this month's tier
     * @param atFloor    whether the policy rate is within {@code fed.qeFloorDistance} of the floor
     * @param purchased  QE purchases made this month, USD bn
     * @param liftedOff  whether the policy rate is above the floor by more than {@code fed.qeFloorDistance}
     * @return the state for next month
     */
    public QeProgramme next(FedParams p, QePolicy setting, FedTier tier, boolean atFloor, double purchased,
            boolean liftedOff) {
        if (setting != QePolicy.AUTO) {
            return isPurchasing() ? new QeProgramme(Phase.HOLDING, bought, 0, 0) : aged();
        }
        Phase now = launchOrContinue(p, tier, atFloor);
        return switch (now) {
            case BUYING -> {
                double total = boughtSoFar() + purchased;
                boolean taper = p.qeSize() - total <= taperTotal(p) + NEGLIGIBLE;
                int months = phase == Phase.BUYING ? this.months + 1 : 1;
                yield taper ? new QeProgramme(Phase.TAPERING, total, p.qePerMonth(), months)
                        : new QeProgramme(Phase.BUYING, total, p.qePerMonth(), months);
            }
            case TAPERING -> {
                double total = bought + purchased;
                double paceNow = taperPace(p);
                yield paceNow <= NEGLIGIBLE || p.qeSize() - total <= NEGLIGIBLE
                        ? new QeProgramme(Phase.HOLDING, total, 0, 0)
                        : new QeProgramme(Phase.TAPERING, total, paceNow, months + 1);
            }
            case HOLDING -> months >= p.qtDelayMonths() && tier.compareTo(FedTier.MILD) <= 0 && liftedOff
                    ? new QeProgramme(Phase.RUNOFF, bought, 0, months + 1)
                    : aged();
            case RUNOFF -> tier.compareTo(FedTier.MILD) > 0 ? new QeProgramme(Phase.HOLDING, bought, 0, months + 1)
                    : aged();
            case NONE -> this;
        };
    }

    /** @return whether this programme buys this month (buying or tapering) */
    public boolean isPurchasing() {
        return phase == Phase.BUYING || phase == Phase.TAPERING;
    }

    /** @return whether the holdings run off this month */
    public boolean isRunningOff() {
        return phase == Phase.RUNOFF;
    }

    /**
     * The phase this month: a launch turns NONE, HOLDING or RUNOFF into BUYING; a programme buying at full
     * pace starts its taper in the first month out of the severe tier.
     */
    private Phase launchOrContinue(FedParams p, FedTier tier, boolean atFloor) {
        boolean launch = tier == FedTier.SEVERE && atFloor && switch (phase) {
            case NONE -> true;
            case HOLDING, RUNOFF -> months >= p.qeReviewMonths();
            default -> false;
        };
        if (launch) {
            return Phase.BUYING;
        }
        return phase == Phase.BUYING && tier != FedTier.SEVERE ? Phase.TAPERING : phase;
    }

    /** @return purchases so far under a programme still buying, else 0 (a launch starts from nothing) */
    private double boughtSoFar() {
        return phase == Phase.BUYING ? bought : 0;
    }

    /** @return the pace this month while tapering: last month's less a {@code qeTaperMonths}-th of the full pace */
    private double taperPace(FedParams p) {
        return Math.max(0, pace - p.qePerMonth() / p.qeTaperMonths());
    }

    /** @return what a taper from the full pace buys: {@code qePerMonth (qeTaperMonths - 1) / 2} */
    private static double taperTotal(FedParams p) {
        return p.qePerMonth() * (p.qeTaperMonths() - 1) / 2.0;
    }

    /** @return the same phase a month older */
    private QeProgramme aged() {
        return phase == Phase.NONE ? this : new QeProgramme(phase, bought, pace, months + 1);
    }
}
