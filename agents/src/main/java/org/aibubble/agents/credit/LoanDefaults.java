package org.aibubble.agents.credit;

/** Where borrowers report private-credit defaults (the private-credit market keeps the record). */
@FunctionalInterface
public interface LoanDefaults {
    /**
     * Records defaulted face value of private-credit loans in the current month.
     *
     * @param face USD bn
     */
    void recordDefault(double face);
}
