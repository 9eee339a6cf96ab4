package org.aibubble.agents.config;

import java.io.Serializable;

/**
 * Shared behaviour of private-credit funds and their investors.
 *
 * @param gate                  most a fund pays out per quarter, share of NAV
 * @param baseRedemption        quarterly redemption requests in calm markets, share of NAV
 * @param returnSensitivity     extra requests per unit of shortfall of the fund's yearly return below the policy rate
 * @param gatingContagion       extra requests per unit share of funds gated last quarter
 * @param drawdownSensitivity   extra requests per unit of the AI index drawdown
 * @param redemptionNoise       s.d. of each fund's quarterly request share
 * @param cashTarget            cash kept against redemptions before new lending, share of NAV
 * @param fireSaleDiscount      discount on loans sold to raise cash for redemptions
 * @param markSpeed             share of the gap between book and model value closed at each quarterly mark
 * @param loanSpread            loan rate over the policy rate (floating)
 * @param recovery              share of a defaulted loan recovered
 * @param softwareDefaultBase   yearly default rate of software borrowers in calm conditions
 * @param disruptionSensitivity extra yearly software default rate per unit of AI deep adoption above its start
 * @param stressDefaultSensitivity extra yearly default rate per unit of the financial-stress index
 * @param lendingSpeed          share of excess cash lent out each month
 * @param subscriptionRate      quarterly new subscriptions in calm markets, share of NAV
 * @param maturityMonths        average maturity of private-credit loans, months (this share falls due monthly)
 * @param queueWithdrawal       share of queued redemption requests investors withdraw each quarter
 * @param distributionShare     share of the month's interest income distributed to unit holders
 * @param markFloor             lowest mark a fund puts on its loans, share of face
 * @param markLossYears         years of expected defaults a quarterly mark discounts
 * @param subscriptionStopDrawdown AI index drawdown at which new subscriptions stop (share)
 * @param subscriptionDepositCap   most of the investors' deposits subscribed to one fund in a quarter (share)
 * @param fearMemory            share of the stress-driven requests already made that investors still count, per
 *                              quarter, in [0, 1): 0 re-asks the whole stress every quarter, near 1 asks only on new bad news
 */
public record FundBehaviour(double gate, double baseRedemption, double returnSensitivity, double gatingContagion,
        double drawdownSensitivity, double redemptionNoise, double cashTarget, double fireSaleDiscount,
        double markSpeed, double loanSpread, double recovery, double softwareDefaultBase,
        double disruptionSensitivity, double stressDefaultSensitivity, double lendingSpeed,
        double subscriptionRate, double maturityMonths, double queueWithdrawal, double distributionShare,
        double markFloor, double markLossYears, double subscriptionStopDrawdown, double subscriptionDepositCap,
        double fearMemory)
        implements Serializable {
    /** Validates every field. */
    public FundBehaviour {
        Require.share("gate", gate);
        Require.share("baseRedemption", baseRedemption);
        Require.inRange("returnSensitivity", returnSensitivity, 0, 20);
        Require.inRange("gatingContagion", gatingContagion, 0, 5);
        Require.inRange("drawdownSensitivity", drawdownSensitivity, 0, 5);
        Require.inRange("redemptionNoise", redemptionNoise, 0, 1);
        Require.share("cashTarget", cashTarget);
        Require.share("fireSaleDiscount", fireSaleDiscount);
        Require.share("markSpeed", markSpeed);
        Require.inRange("loanSpread", loanSpread, 0, 0.3);
        Require.share("recovery", recovery);
        Require.share("softwareDefaultBase", softwareDefaultBase);
        Require.inRange("disruptionSensitivity", disruptionSensitivity, 0, 5);
        Require.inRange("stressDefaultSensitivity", stressDefaultSensitivity, 0, 5);
        Require.share("lendingSpeed", lendingSpeed);
        Require.share("subscriptionRate", subscriptionRate);
        Require.inRange("maturityMonths", maturityMonths, 1, 600);
        Require.share("queueWithdrawal", queueWithdrawal);
        Require.share("distributionShare", distributionShare);
        Require.share("markFloor", markFloor);
        Require.inRange("markLossYears", markLossYears, 0, 10);
        Require.inRange("subscriptionStopDrawdown", subscriptionStopDrawdown, 0.01, 1);
        Require.share("subscriptionDepositCap", subscriptionDepositCap);
        Require.inRange("fearMemory", fearMemory, 0, 0.99);
    }
}
