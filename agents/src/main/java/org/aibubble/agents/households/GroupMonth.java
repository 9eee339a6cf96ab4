package org.aibubble.agents.households;

import java.io.Serializable;

/**
 * The constants of one group of the K for one month, as the household kernels read them: set once per month by
 * {@link MonthKernel#prepare} (after the sector has filled the group inputs), then only read, by every slice on
 * every thread. Money in USD per real household (per month for flows); rates per month; chances as 53-bit
 * integer thresholds ({@link org.aibubble.agents.parallel.CounterRandom#threshold}) against the households'
 * keyed draws ({@link org.aibubble.agents.parallel.CounterRandom#draw53}).
 *
 * <p>This is the one list of what the per-household equations read besides the household arrays: the kernels
 * contain no constant of their own (no literal but 0 and 1), and both read every field here
 * ({@code KernelBytecodeTest} checks both in their bytecode, {@code VectorKernelTest} draws every field at random).
 */
final class GroupMonth implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The wage index: nominal wages relative to the start (a household's wage and benefit are this times its wage). */
    double wageIndex;
    /** Unemployment benefit as a share of the household's wage. */
    double benefit;
    /** Transfers per household this month, USD. */
    double transfer;
    /** Income tax rate on wages and benefits. */
    double taxRate;
    /** Deposits the group received since last month per unit of portfolio share, USD. */
    double residual;
    /** Capital income per unit of portfolio share, USD per month. */
    double capitalIncome;
    /** Portfolio value per unit of portfolio share, USD. */
    double portfolio;
    /** Card interest per month, per USD of debt. */
    double cardRate;
    /** Weight of this month's wealth in smoothed wealth, {@code 1 / (1 + lag months)}. */
    double lagWeight;
    /** Weight of smoothed wealth in the reference wealth, {@code 1 / reference months}. */
    double referenceWeight;
    /** Weight of a gain of smoothed wealth in the fading wealth effect, per month per USD. */
    double wealthGainWeight;
    /** Weight of a loss of smoothed wealth in the fading wealth effect, per month per USD. */
    double wealthLossWeight;
    /** Spending out of positive smoothed wealth per month, per USD. */
    double wealthSpendingPerMonth;
    /** Propensity to consume out of disposable income, after precautionary saving. */
    double propensity;
    /** Spending never falls under this share of labour income plus transfers. */
    double spendingFloor;
    /** Card limit in months of the current wage, after any cut of credit lines. */
    double limitMonths;
    /** Share of deposits above a month's income that repays card debt. */
    double repayShare;
    /** Card interest above this share of income makes a borrower delinquent. */
    double delinquencyShare;
    /** Share of the card limit at which an unemployed borrower with no deposits counts as delinquent. */
    double limitUsed;
    /** Share of delinquent debt charged off per month. */
    double chargeOffRate;
    /** Weight of an employed member in exposure-weighted employment. */
    double separationExposure;
    /** Whether the group invests (and so reviews its forecasting rule). */
    boolean investing;
    /** Threshold of the job draw under which an employed member loses the job. */
    long fireBelow;
    /** Threshold of the job draw under which an unemployed member finds a job. */
    long hireBelow;
    /** Threshold of the review draw under which a member reviews its rule; 0 for groups that do not invest. */
    long reviewBelow;
    /** Threshold of the choice draw under which a reviewing member picks the trend rule. */
    long trendBelow;
    /** Key of the month's job draws ({@link org.aibubble.agents.parallel.CounterRandom#key}). */
    long jobKey;
    /** Key of the month's review draws. */
    long reviewKey;
    /** Key of the month's choice draws. */
    long choiceKey;
}
