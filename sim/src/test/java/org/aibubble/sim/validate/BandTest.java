package org.aibubble.sim.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The band notation of the facts file. */
class BandTest {
    @Test
    void oneSidedBandsKeepTheirEnds() {
        assertTrue(Band.parse("<= 0.10").contains(0.10));
        assertFalse(Band.parse("< 1").contains(1));
        assertTrue(Band.parse("> 2").contains(2.0001));
        assertFalse(Band.parse("> 2").contains(2));
        assertTrue(Band.parse(">= 12").contains(12));
        assertFalse(Band.parse("<= 6").contains(Double.NaN));
    }

    @Test
    void intervalsIncludeBothEnds() {
        Band b = Band.parse("[-0.05, -0.01]");
        assertTrue(b.contains(-0.05) && b.contains(-0.01) && b.contains(-0.03));
        assertFalse(b.contains(0) || b.contains(-0.06));
        assertEquals("[-0.05, -0.01]", b.toString());
        assertEquals("<= 6", Band.parse("<=6").toString());
    }

    @Test
    void otherTextIsRefusedSayingWhatIsAllowed() {
        for (String bad : new String[] {"about 1", "[2, 1]", "=< 3", "< x", ""}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Band.parse(bad));
            assertEquals(Band.FORMS, e.getMessage());
        }
    }
}
