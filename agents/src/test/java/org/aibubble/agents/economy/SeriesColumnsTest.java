package org.aibubble.agents.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SeriesColumnsTest {
    @Test
    void everyColumnHasOneEntryWithAUnitADescriptionAndASectionInTheSeriesOrder() {
        List<SeriesColumn> all = SeriesColumns.of(List.of("h1", "h2"));
        assertEquals(Indicators.columnsFor(List.of("h1", "h2")), all.stream().map(SeriesColumn::name).toList());
        Set<String> names = new HashSet<>();
        for (SeriesColumn c : all) {
            assertTrue(names.add(c.name()), "one entry per column: " + c.name());
            assertFalse(c.unit().isBlank(), c.name());
            assertFalse(c.description().isBlank(), c.name());
            int section = Integer.parseInt(c.section());
            assertTrue(section >= 1 && section <= 12, c.name() + ": section " + section);
            assertEquals(c, SeriesColumns.describe(c.name()), "looked up by name as listed");
        }
        assertEquals("capex_total", all.get(5).name());
        assertEquals(List.of("capex_h1", "capex_h2"), List.of(all.get(6).name(), all.get(7).name()),
                "the per-firm capex follows the total");
    }

    @Test
    void aNameThatIsNotAColumnIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SeriesColumns.describe("gdp"));
        assertEquals("not a series column: gdp", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SeriesColumns.describe("capex_"));
    }
}
