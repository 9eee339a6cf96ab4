package org.aibubble.agents.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SliceLayoutTest {

    @Test
    void slicesCoverTheRangeInOrderWithoutGapsOrOverlap() {
        SliceLayout layout = new SliceLayout(10, 4);
        assertEquals(3, layout.count());
        assertEquals(0, layout.start(0));
        assertEquals(4, layout.end(0));
        assertEquals(4, layout.start(1));
        assertEquals(8, layout.end(1));
        assertEquals(8, layout.start(2));
        assertEquals(10, layout.end(2));
    }

    @Test
    void anEmptyPopulationHasNoSlices() {
        assertEquals(0, SliceLayout.of(0).count());
    }

    @Test
    void theLargestPopulationDoesNotOverflow() {
        SliceLayout layout = new SliceLayout(Integer.MAX_VALUE, SliceLayout.DEFAULT_SLICE_SIZE);
        int last = layout.count() - 1;
        assertEquals(Integer.MAX_VALUE, layout.end(last));
        assertEquals(65536, layout.count());
    }

    @Test
    void rejectsNonsenseSizes() {
        assertThrows(IllegalArgumentException.class, () -> new SliceLayout(-1, 4));
        assertThrows(IllegalArgumentException.class, () -> new SliceLayout(10, 0));
    }
}
