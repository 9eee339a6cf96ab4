package org.aibubble.sim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void aFieldIsQuotedOnlyWhenItMustBe() {
        assertEquals("a,b c, d,#e,1.5E-9,,\"f,g\",\"h\"\"i\"",
                Csv.line(List.of("a", "b c", " d", "#e", "1.5E-9", "", "f,g", "h\"i")));
    }

    @Test
    void linesRoundTripAndRowsKnowTheirLines() throws MalformedCsvException {
        List<String> cells = List.of("x", "f,g", "h\"i", "");
        CsvRows rows = Csv.parse("a,b,c,d\n\n" + Csv.line(cells) + "\n" + Csv.line(cells), "t.csv");
        assertEquals(List.of("a", "b", "c", "d"), rows.header());
        assertEquals(List.of(cells, cells), rows.rows());
        assertEquals(List.of(3, 4), rows.lines(), "the blank line is skipped but counted");
    }

    @Test
    void anUnclosedQuoteIsRefusedAtTheRowItOpens() {
        MalformedCsvException e = assertThrows(MalformedCsvException.class,
                () -> Csv.parse("a,b\n1,2\n3,\"4\n5,6\n", "t.csv"));
        assertEquals("t.csv line 3: a quoted cell is not closed (its quote runs to the end of the file)", e.getMessage());
        assertEquals("t.csv line 4: a quoted cell is not closed (its quote runs to the end of the file)",
                assertThrows(MalformedCsvException.class, () -> Csv.parse("a,b\n1,2\n\n\"3,4\n5,6\n", "t.csv")).getMessage());
    }

    @Test
    void textAfterAClosingQuoteIsRefused() {
        MalformedCsvException e = assertThrows(MalformedCsvException.class,
                () -> Csv.parse("a,b\n1,\"2\"x\n", "t.csv"));
        assertEquals("t.csv line 2: text after the closing quote of a cell (a quote inside a cell is written \"\")",
                e.getMessage());
    }

    @Test
    void aShortOrLongRowIsRefused() {
        assertEquals("t.csv line 3 has 1 cells, the header has 2", assertThrows(MalformedCsvException.class,
                () -> Csv.parse("a,b\n1,2\n3\n", "t.csv")).getMessage());
        assertEquals("t.csv line 2 has 3 cells, the header has 2", assertThrows(MalformedCsvException.class,
                () -> Csv.parse("a,b\n1,2,3\n", "t.csv")).getMessage());
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertEquals("t.csv is empty: expected a header line", assertThrows(MalformedCsvException.class,
                () -> Csv.parse("\n\n", "t.csv")).getMessage());
    }
}
