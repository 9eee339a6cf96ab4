package org.aibubble.agents.credit.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FireSaleTest {
    @Test
    void sellsEnoughFaceToRaiseTheCashAtTheDiscount() {
        assertEquals(10, FireSale.faceToSell(100, 9, 0.1), 1e-12);
        assertEquals(9, FireSale.faceToSell(100, 9, 0), 1e-12, "no discount: face equals cash");
    }

    @Test
    void neverSellsMoreThanTheBook() {
        assertEquals(50, FireSale.faceToSell(50, 90, 0.1), 0.0);
    }
}
