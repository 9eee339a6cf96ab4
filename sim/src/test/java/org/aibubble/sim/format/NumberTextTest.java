package org.aibubble.sim.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberTextTest {
    @Test
    void integersHaveNoDecimalPoint() {
        assertEquals("0", NumberText.format(0));
        assertEquals("0", NumberText.format(-0.0));
        assertEquals("120", NumberText.format(120));
        assertEquals("-3", NumberText.format(-3));
    }

    @Test
    void keepsTenSignificantDigitsWithoutTrailingNoise() {
        assertEquals("0.3", NumberText.format(0.1 + 0.2));
        assertEquals("3.141592654", NumberText.format(Math.PI));
        assertEquals("123456.7891", NumberText.format(123456.78912345));
        assertEquals("1234567890", NumberText.format(1234567890.4));
        assertEquals("12345678900", NumberText.format(12345678901.0));
        assertEquals("0.0425", NumberText.format(0.0425));
    }

    @Test
    void verySmallAndVeryLargeUseExponents() {
        assertEquals("1.5e-9", NumberText.format(1.5e-9));
        assertEquals("-2e-7", NumberText.format(-2e-7));
        assertEquals("0.000001", NumberText.format(1e-6));
        assertEquals("1.234567891e20", NumberText.format(1.2345678912e20));
    }

    @Test
    void nonFiniteValuesAreSpelledOut() {
        assertEquals("NaN", NumberText.format(Double.NaN));
        assertEquals("Infinity", NumberText.format(Double.POSITIVE_INFINITY));
    }

    @Test
    void theSameDoubleAlwaysGivesTheSameText() {
        double x = 2.0 / 3.0;
        assertEquals(NumberText.format(x), NumberText.format(2.0 / 3.0));
        assertEquals("0.6666666667", NumberText.format(x));
    }

    @Test
    void exactModeReadsBackToTheSameDouble() {
        for (double v : new double[] {0.1, 1e-12, -3.5, 12, 123456789.123, Double.MIN_VALUE, 1.7462298274040222E-10}) {
            assertEquals(v, NumberText.parseExact(NumberText.exact(v)));
        }
        assertEquals("14", NumberText.exact(14.0));
        assertEquals("1.7462298274040222E-10", NumberText.exact(1.7462298274040222E-10));
        assertEquals("1.0E15", NumberText.exact(1e15));
        assertEquals("", NumberText.exact(null));
        assertEquals("", NumberText.exact(Double.NaN));
        assertEquals(null, NumberText.parseExact(""));
    }

    @Test
    void displayModeShowsFourSignificantDigits() {
        assertEquals("n/a", NumberText.display(Double.NaN));
        assertEquals("-inf", NumberText.display(Double.NEGATIVE_INFINITY));
        assertEquals("63", NumberText.display(63));
        assertEquals("0.5347", NumberText.display(0.5346722342));
        assertEquals("4.802e-10", NumberText.display(4.802132025e-10));
        assertEquals("1.000e+12", NumberText.display(1e12));
        assertEquals("1235", NumberText.display(1234.56));
    }

    @Test
    void guiModeShowsFourSignificantDigitsWithTheUnitAndGroupedThousands() {
        assertEquals("$4,964 bn", NumberText.withUnit(4963.557673988188, NumberText.Unit.USD_BN));
        assertEquals("-$3,270 bn", NumberText.withUnit(-3270, NumberText.Unit.USD_BN));
        assertEquals("$255 bn", NumberText.withUnit(255.0, NumberText.Unit.USD_BN));
        assertEquals("$1,000 bn", NumberText.withUnit(999.96, NumberText.Unit.USD_BN));
        assertEquals("$123,500 bn", NumberText.withUnit(123456.7, NumberText.Unit.USD_BN));
        assertEquals("$6.257e-10 bn", NumberText.withUnit(6.257e-10, NumberText.Unit.USD_BN));
        assertEquals("$0 bn", NumberText.withUnit(-0.0, NumberText.Unit.USD_BN));
        assertEquals("$65.98 bn / month", NumberText.withUnit(65.98123, NumberText.Unit.USD_BN_PER_MONTH));
        assertEquals("0.125%", NumberText.withUnit(0.00125, NumberText.Unit.PERCENT));
        assertEquals("4.625%", NumberText.withUnit(0.04625, NumberText.Unit.PERCENT));
        assertEquals("-1.5%", NumberText.withUnit(-0.015, NumberText.Unit.PERCENT));
        assertEquals("1,234", NumberText.withUnit(1234.4, NumberText.Unit.COUNT));
        assertEquals("410.2", NumberText.withUnit(410.1999, NumberText.Unit.PLAIN));
        assertEquals("n/a", NumberText.withUnit(Double.NaN, NumberText.Unit.PERCENT));
    }

    @Test
    void theGuiUnitOfASeriesColumnFollowsItsUnitInSeriesColumns() {
        assertEquals(NumberText.Unit.USD_BN, NumberText.Unit.ofSeries("USD billions"));
        assertEquals(NumberText.Unit.USD_BN_PER_MONTH, NumberText.Unit.ofSeries("USD billions per month"));
        assertEquals(NumberText.Unit.USD_BN_PER_MONTH, NumberText.Unit.ofSeries("USD billions per month at starting prices"));
        assertEquals(NumberText.Unit.PERCENT, NumberText.Unit.ofSeries("share per year (0.0425 = 4.25%)"));
        assertEquals(NumberText.Unit.PERCENT, NumberText.Unit.ofSeries("share of the labour force"));
        assertEquals(NumberText.Unit.COUNT, NumberText.Unit.ofSeries("count"));
        assertEquals(NumberText.Unit.PLAIN, NumberText.Unit.ofSeries("ratio"));
        assertEquals(NumberText.Unit.PLAIN, NumberText.Unit.ofSeries("index, 100 in the opening books"));
    }
}
