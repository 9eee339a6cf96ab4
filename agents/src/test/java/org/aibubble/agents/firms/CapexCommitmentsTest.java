package org.aibubble.agents.firms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CapexCommitmentsTest {
    @Test
    void gpusArePaidOnDeliveryAndShellsOverTheirBuild() {
        CapexCommitments book = new CapexCommitments(2, 4);
        book.place(10, 8);
        CapexCommitments.Due m0 = book.takeDue();
        assertEquals(0, m0.gpus(), "GPUs come two months later");
        assertEquals(2, m0.shells(), 1e-12, "a quarter of the shell the month it is ordered");
        assertEquals(0, book.takeDue().gpus());
        CapexCommitments.Due m2 = book.takeDue();
        assertEquals(10, m2.gpus(), 1e-12);
        assertEquals(2, m2.shells(), 1e-12);
        assertEquals(2, book.takeDue().shells(), 1e-12);
        assertEquals(0, book.takeDue().total(), "paid off after four months");
        assertEquals(0, book.outstanding(), 1e-12);
    }

    @Test
    void aCutInOrdersLowersSpendingOnlyAsThePipelineRunsOff() {
        CapexCommitments book = new CapexCommitments(6, 24);
        for (int m = 0; m < 48; m++) {
            book.place(5, 5);
            book.takeDue();
        }
        CapexCommitments.Due first = book.takeDueAfter(0, 0);
        assertEquals(5 + 5 * 23 / 24.0, first.total(), 1e-9, "no new orders: GPUs on order arrive, one shell instalment less");
        CapexCommitments.Due sixth = null;
        for (int m = 1; m < 6; m++) {
            sixth = book.takeDueAfter(0, 0);
        }
        assertEquals(5 + 5 * (24 - 6) / 24.0, sixth.total(), 1e-9, "GPUs still arrive; shells run off");
        assertEquals(5 * (24 - 7) / 24.0, book.takeDueAfter(0, 0).total(), 1e-9, "then only the shells in build");
    }

    @Test
    void withoutLeadOrBuildEveryOrderIsPaidTheMonthItIsPlaced() {
        CapexCommitments book = new CapexCommitments(0, 1);
        book.place(3, 4);
        assertEquals(7, book.takeDue().total(), 1e-12);
        assertEquals(0, book.outstanding());
        assertEquals(7, CapexCommitments.orderForSpending(7, 0.5, 0.03, 0, 1), 1e-12);
    }

    @Test
    void theOpeningBookOfAGrowingFirmSpendsWhatItWasToldToSpend() {
        double g = 0.03;
        double order = CapexCommitments.orderForSpending(10, 0.5, g, 6, 24);
        CapexCommitments book = new CapexCommitments(6, 24);
        book.openGrowing(order, 0.5, g);
        assertEquals(10, book.takeDueAfter(0.5 * order, 0.5 * order).total(), 1e-9,
                "this month's order plus the opening pipeline pays the configured capex");
        assertEquals(true, order > 10, "orders of a growing firm run ahead of its spending");
    }

    @Test
    void badTimingIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CapexCommitments(-1, 4));
        assertThrows(IllegalArgumentException.class, () -> new CapexCommitments(2, 0));
    }
}
