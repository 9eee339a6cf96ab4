package org.aibubble.agents.ledger;

/**
 * The books do not balance: a stock-flow consistency check failed. This is always a bug in the
 * model; the run must stop and report {@link #getMessage()}, which names the tick, the instrument
 * (or check) and the accounts involved.
 */
public final class BooksViolationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long tick;

    /**
     * @param tick    the month (0-based tick) in which the check failed
     * @param message what failed: the check, the instrument and the accounts, with amounts
     */
    public BooksViolationException(long tick, String message) {
        super("books out of balance at month " + tick + ": " + message);
        this.tick = tick;
    }

    /** @return the tick at which the violation was found */
    public long tick() {
        return tick;
    }
}
