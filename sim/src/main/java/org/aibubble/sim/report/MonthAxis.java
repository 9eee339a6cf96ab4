package org.aibubble.sim.report;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;

/**
 * The time axis of the report charts: months since the start, labelled with calendar months from the
 * config's {@code run.start} ({@code Jan 2027}) when it is known, ticks every year (every quarter or half
 * for short runs) falling on the start's month; without a start, plain month numbers.
 */
public final class MonthAxis {
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ROOT);

    private MonthAxis() {
    }

    /**
     * @param start  the calendar month of month 0, or null
     * @param months the number of months shown
     * @return the axis
     */
    public static NumberAxis of(YearMonth start, double months) {
        if (start == null) {
            return new NumberAxis("month");
        }
        NumberAxis axis = new NumberAxis("month (0 = " + label(start, 0) + ")");
        double step = months > 48 ? 12 : months > 18 ? 6 : months > 6 ? 3 : 1;
        axis.setTickUnit(new NumberTickUnit(step, new CalendarMonths(start)));
        return axis;
    }

    /** @return the calendar month {@code month} months after {@code start}, e.g. {@code Mar 2027} */
    static String label(YearMonth start, double month) {
        return start.plusMonths(Math.round(month)).format(LABEL);
    }

    /** Formats a month number as its calendar month; parsing is not needed by an axis. */
    private static final class CalendarMonths extends NumberFormat {
        private static final long serialVersionUID = 1L;
        private final YearMonth start;

        CalendarMonths(YearMonth start) {
            this.start = start;
        }

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(label(start, number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(label(start, number));
        }

        @Override
        public Number parse(String source, ParsePosition parsePosition) {
            throw new UnsupportedOperationException("a calendar month axis does not parse");
        }
    }
}
