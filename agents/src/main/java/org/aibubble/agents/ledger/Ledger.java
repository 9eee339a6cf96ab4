package org.aibubble.agents.ledger;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The one ledger of the economy: every payment and every claim goes through it, in USD billions.
 *
 * <p>Each claim is stored once, bilaterally, as {@code claim[instrument][holder][issuer]}, and is
 * mirrored into per-account asset and liability totals. Net worth is tracked separately, moved only
 * by current flows, revaluations, write-offs and depreciation, so that {@link #check(long)} can test
 * the accounting identities independently of the postings:
 * <ol>
 * <li>per account: financial assets + real capital - liabilities = net worth;</li>
 * <li>per instrument: the sum over holders equals the sum over issuers, and both equal the bilateral claims;</li>
 * <li>money: deposits change only when the bank or the Fed is a party, reserves only when the Fed is.</li>
 * </ol>
 * Payments settle in deposits; the bank pays and is paid by creating and destroying deposits, the Fed
 * by creating and destroying reserves (see {@link #moveMoney}).
 */
public final class Ledger implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int INSTRUMENTS = Instrument.values().length;
    /** Relative tolerance of the checks, against the largest balance sheet. */
    private static final double RELATIVE_TOLERANCE = 1e-9;
    /** Absolute tolerance floor of the checks, USD billions (one thousand dollars). */
    private static final double ABSOLUTE_TOLERANCE = 1e-6;

    private final List<String> names = new ArrayList<>();
    private final List<Sector> sectors = new ArrayList<>();
    private int bank = -1;
    private int fed = -1;
    private double[][][] claims;
    private double[][] assets;
    private double[][] liabilities;
    private double[] realCapital;
    private double[] netWorth;
    private double[][] income;
    private double[][] spending;
    private double[] flowTotals;
    private double depositsAuthorised;
    private double reservesAuthorised;
    private double depositsAtCheck;
    private double reservesAtCheck;
    private double lastError;
    private double maxError;

    /**
     * Registers an account; all accounts must be opened before {@link #freeze()}.
     *
     * @param name   a unique display name (e.g. {@code hyperscaler:h5})
     * @param sector its sector
     * @return the account id
     */
    public int open(String name, Sector sector) {
        if (claims != null) {
            throw new IllegalStateException("ledger is frozen; open accounts before the first posting");
        }
        names.add(name);
        sectors.add(sector);
        int id = names.size() - 1;
        if (sector == Sector.BANK) {
            bank = id;
        } else if (sector == Sector.FED) {
            fed = id;
        }
        return id;
    }

    /** Allocates the books once all accounts are open. */
    public void freeze() {
        if (bank < 0 || fed < 0) {
            throw new IllegalStateException("the ledger needs one bank and one Fed account");
        }
        int n = names.size();
        claims = new double[INSTRUMENTS][n][n];
        assets = new double[n][INSTRUMENTS];
        liabilities = new double[n][INSTRUMENTS];
        realCapital = new double[n];
        netWorth = new double[n];
        income = new double[Flow.values().length][n];
        spending = new double[Flow.values().length][n];
        flowTotals = new double[Flow.values().length];
    }

    // ---------------------------------------------------------------- opening balances

    /**
     * Opening position: a claim that exists at the start, with the holder's and issuer's net worth
     * absorbing it (the starting balance sheets are the sum of such openings). Money openings
     * reset the money baseline. Use only while building the economy.
     */
    public void openClaim(Instrument instrument, int holder, int issuer, double amount) {
        post(instrument, holder, issuer, amount);
        netWorth[holder] += amount;
        netWorth[issuer] -= amount;
        depositsAtCheck = totalOf(Instrument.DEPOSITS);
        reservesAtCheck = totalOf(Instrument.RESERVES);
    }

    /** Opening real capital owned by {@code owner}. Use only while building the economy. */
    public void openRealCapital(int owner, double amount) {
        realCapital[owner] += amount;
        netWorth[owner] += amount;
    }

    // ---------------------------------------------------------------- transactions

    /** A current payment (wages, consumption, interest, taxes...): payer's net worth falls, payee's rises. */
    public void pay(int payer, int payee, double amount, Flow flow) {
        checkAmount(amount);
        moveMoney(payer, payee, amount);
        netWorth[payer] -= amount;
        netWorth[payee] += amount;
        spending[flow.ordinal()][payer] += amount;
        income[flow.ordinal()][payee] += amount;
        flowTotals[flow.ordinal()] += amount;
    }

    /** A new claim: the issuer issues {@code amount} to the holder, who pays for it in money. */
    public void issue(Instrument instrument, int holder, int issuer, double amount) {
        checkAmount(amount);
        moveMoney(holder, issuer, amount);
        post(instrument, holder, issuer, amount);
    }

    /** Repayment or redemption at book value: the issuer pays the holder and the claim shrinks. */
    public void redeem(Instrument instrument, int holder, int issuer, double amount) {
        checkAmount(amount);
        moveMoney(issuer, holder, amount);
        post(instrument, holder, issuer, -amount);
    }

    /** A sale of an existing claim on {@code issuer} from seller to buyer at book value. */
    public void transfer(Instrument instrument, int buyer, int seller, int issuer, double amount) {
        checkAmount(amount);
        moveMoney(buyer, seller, amount);
        post(instrument, seller, issuer, -amount);
        post(instrument, buyer, issuer, amount);
    }

    /** A change in market value: the holder gains {@code delta}, the issuer's net worth moves the other way. */
    public void revalue(Instrument instrument, int holder, int issuer, double delta) {
        if (!Double.isFinite(delta)) {
            throw new IllegalArgumentException("revaluation must be finite: " + delta);
        }
        post(instrument, holder, issuer, delta);
        netWorth[holder] += delta;
        netWorth[issuer] -= delta;
    }

    /** A default or charge-off: the claim shrinks by {@code amount}, a loss to the holder, a gain to the issuer. */
    public void writeOff(Instrument instrument, int holder, int issuer, double amount) {
        checkAmount(amount);
        revalue(instrument, holder, issuer, -amount);
    }

    /** Purchase of produced real capital (GPUs, shells): the seller earns {@code flow} income. */
    public void buyRealCapital(int buyer, int seller, double amount, Flow flow) {
        checkAmount(amount);
        moveMoney(buyer, seller, amount);
        realCapital[buyer] += amount;
        netWorth[seller] += amount;
        income[flow.ordinal()][seller] += amount;
        flowTotals[flow.ordinal()] += amount;
    }

    /** Depreciation or impairment of real capital: a loss of net worth. */
    public void depreciate(int owner, double amount) {
        checkAmount(amount);
        realCapital[owner] -= amount;
        netWorth[owner] -= amount;
    }

    // ---------------------------------------------------------------- money

    /**
     * Moves money from payer to payee. Between two non-banks, deposits move. The bank pays by
     * creating deposits (or, to the Fed, by giving up reserves) and is paid by destroying them; the
     * Fed pays by creating reserves (and, to a non-bank, the matching deposits at the bank).
     */
    private void moveMoney(int payer, int payee, double amount) {
        if (payer == payee || amount == 0) {
            return;
        }
        if (payer == fed) {
            post(Instrument.RESERVES, bank, fed, amount);
            reservesAuthorised += amount;
            if (payee != bank) {
                post(Instrument.DEPOSITS, payee, bank, amount);
                depositsAuthorised += amount;
            }
        } else if (payer == bank) {
            if (payee == fed) {
                post(Instrument.RESERVES, bank, fed, -amount);
                reservesAuthorised -= amount;
            } else {
                post(Instrument.DEPOSITS, payee, bank, amount);
                depositsAuthorised += amount;
            }
        } else {
            post(Instrument.DEPOSITS, payer, bank, -amount);
            if (payee == bank) {
                depositsAuthorised -= amount;
            } else if (payee == fed) {
                depositsAuthorised -= amount;
                post(Instrument.RESERVES, bank, fed, -amount);
                reservesAuthorised -= amount;
            } else {
                post(Instrument.DEPOSITS, payee, bank, amount);
            }
        }
    }

    /** The one primitive posting: both sides of a claim at once. Package-private for the ledger tests. */
    void post(Instrument instrument, int holder, int issuer, double amount) {
        int i = instrument.ordinal();
        claims[i][holder][issuer] += amount;
        assets[holder][i] += amount;
        liabilities[issuer][i] += amount;
    }

    /** A deliberately one-sided posting, for the tests that prove the checks catch it. */
    void postAssetOnly(Instrument instrument, int holder, double amount) {
        assets[holder][instrument.ordinal()] += amount;
    }

    private static void checkAmount(double amount) {
        if (!(amount >= 0) || !Double.isFinite(amount)) {
            throw new IllegalArgumentException("a posting amount must be finite and >= 0, was " + amount);
        }
    }

    // ---------------------------------------------------------------- checks

    /**
     * Checks the books; called once a month after settlement. A discrepancy counts when it exceeds
     * {@code max(1e-6, 1e-9 x the largest balance sheet)} USD billions, or is not a number (a NaN
     * anywhere in the books fails the check).
     *
     * @param tick the month, for the message
     * @return the largest discrepancy found, USD billions (recorded as {@code ledger_error})
     * @throws BooksViolationException when a discrepancy exceeds rounding
     */
    public double check(long tick) {
        int n = names.size();
        double scale = 1.0;
        for (int a = 0; a < n; a++) {
            scale = Math.max(scale, totalAssets(a) + realCapital[a]);
        }
        double tolerance = Math.max(ABSOLUTE_TOLERANCE, RELATIVE_TOLERANCE * scale);
        double worst = 0;
        for (int a = 0; a < n; a++) {
            double gap = totalAssets(a) + realCapital[a] - totalLiabilities(a) - netWorth[a];
            worst = Math.max(worst, Math.abs(gap));
            if (!(Math.abs(gap) <= tolerance)) {
                throw new BooksViolationException(tick, "balance sheet of " + names.get(a)
                        + ": assets + real capital - liabilities - net worth = " + gap + " bn");
            }
        }
        for (Instrument instrument : Instrument.values()) {
            worst = Math.max(worst, checkInstrument(tick, instrument, tolerance));
        }
        worst = Math.max(worst, checkMoney(tick, tolerance));
        lastError = worst;
        maxError = Math.max(maxError, worst);
        return worst;
    }

    private double checkInstrument(long tick, Instrument instrument, double tolerance) {
        int i = instrument.ordinal();
        int n = names.size();
        double worst = 0;
        double held = 0;
        double issued = 0;
        for (int a = 0; a < n; a++) {
            double rowSum = 0;
            double columnSum = 0;
            for (int b = 0; b < n; b++) {
                rowSum += claims[i][a][b];
                columnSum += claims[i][b][a];
            }
            double assetGap = assets[a][i] - rowSum;
            double liabilityGap = liabilities[a][i] - columnSum;
            worst = Math.max(worst, Math.max(Math.abs(assetGap), Math.abs(liabilityGap)));
            if (!(Math.abs(assetGap) <= tolerance) || !(Math.abs(liabilityGap) <= tolerance)) {
                throw new BooksViolationException(tick, instrument + " of " + names.get(a)
                        + ": holdings differ from the bilateral claims by " + assetGap + " bn (assets), "
                        + liabilityGap + " bn (liabilities)");
            }
            held += assets[a][i];
            issued += liabilities[a][i];
        }
        double gap = held - issued;
        if (!(Math.abs(gap) <= tolerance)) {
            throw new BooksViolationException(tick, instrument + ": held " + held + " bn but issued " + issued
                    + " bn; largest holder " + names.get(argMax(assets, i)) + ", largest issuer "
                    + names.get(argMax(liabilities, i)));
        }
        return Math.max(worst, Math.abs(gap));
    }

    private double checkMoney(long tick, double tolerance) {
        double deposits = totalOf(Instrument.DEPOSITS);
        double reserves = totalOf(Instrument.RESERVES);
        double depositGap = deposits - depositsAtCheck - depositsAuthorised;
        double reserveGap = reserves - reservesAtCheck - reservesAuthorised;
        if (!(Math.abs(depositGap) <= tolerance)) {
            throw new BooksViolationException(tick, "DEPOSITS changed by " + (deposits - depositsAtCheck)
                    + " bn but the bank and the Fed created " + depositsAuthorised + " bn: money created outside "
                    + names.get(bank) + " and " + names.get(fed));
        }
        if (!(Math.abs(reserveGap) <= tolerance)) {
            throw new BooksViolationException(tick, "RESERVES changed by " + (reserves - reservesAtCheck)
                    + " bn but " + names.get(fed) + " created " + reservesAuthorised + " bn");
        }
        depositsAtCheck = deposits;
        reservesAtCheck = reserves;
        depositsAuthorised = 0;
        reservesAuthorised = 0;
        return Math.max(Math.abs(depositGap), Math.abs(reserveGap));
    }

    private double totalOf(Instrument instrument) {
        double total = 0;
        for (double[] row : assets) {
            total += row[instrument.ordinal()];
        }
        return total;
    }

    private static int argMax(double[][] table, int column) {
        int best = 0;
        for (int a = 1; a < table.length; a++) {
            if (Math.abs(table[a][column]) > Math.abs(table[best][column])) {
                best = a;
            }
        }
        return best;
    }

    /** Clears the monthly flow tallies; called at the start of each month. */
    public void startMonth() {
        for (double[] row : income) {
            java.util.Arrays.fill(row, 0);
        }
        for (double[] row : spending) {
            java.util.Arrays.fill(row, 0);
        }
        java.util.Arrays.fill(flowTotals, 0);
    }

    // ---------------------------------------------------------------- reading

    /** @return the claim of {@code holder} on {@code issuer} in {@code instrument}, USD bn */
    public double claim(Instrument instrument, int holder, int issuer) {
        return claims[instrument.ordinal()][holder][issuer];
    }

    /** @return the holdings of {@code account} in {@code instrument}, USD bn */
    public double assets(int account, Instrument instrument) {
        return assets[account][instrument.ordinal()];
    }

    /** @return what {@code account} owes in {@code instrument}, USD bn */
    public double liabilities(int account, Instrument instrument) {
        return liabilities[account][instrument.ordinal()];
    }

    /** @return the deposits of a non-bank account, USD bn */
    public double deposits(int account) {
        return assets[account][Instrument.DEPOSITS.ordinal()];
    }

    /** @return total financial assets of {@code account}, USD bn */
    public double totalAssets(int account) {
        double total = 0;
        for (double v : assets[account]) {
            total += v;
        }
        return total;
    }

    /** @return total liabilities of {@code account}, USD bn */
    public double totalLiabilities(int account) {
        double total = 0;
        for (double v : liabilities[account]) {
            total += v;
        }
        return total;
    }

    /** @return real capital (GPUs, shells, other fixed capital) of {@code account}, USD bn */
    public double realCapital(int account) {
        return realCapital[account];
    }

    /** @return the tracked net worth of {@code account}, USD bn */
    public double netWorth(int account) {
        return netWorth[account];
    }

    /** @return income of {@code account} from {@code flow} this month, USD bn */
    public double income(int account, Flow flow) {
        return income[flow.ordinal()][account];
    }

    /** @return spending of {@code account} on {@code flow} this month, USD bn */
    public double spending(int account, Flow flow) {
        return spending[flow.ordinal()][account];
    }

    /** @return the economy-wide total of {@code flow} this month, USD bn */
    public double flowTotal(Flow flow) {
        return flowTotals[flow.ordinal()];
    }

    /** @return the number of accounts */
    public int size() {
        return names.size();
    }

    /** @return the display name of {@code account} */
    public String name(int account) {
        return names.get(account);
    }

    /** @return the sector of {@code account} */
    public Sector sector(int account) {
        return sectors.get(account);
    }

    /** @return the bank's account id */
    public int bank() {
        return bank;
    }

    /** @return the Fed's account id */
    public int fed() {
        return fed;
    }

    /** @return the discrepancy found by the last check, USD bn */
    public double lastError() {
        return lastError;
    }

    /** @return the largest discrepancy found by any check so far, USD bn */
    public double maxError() {
        return maxError;
    }
}
