package org.aibubble.agents.config;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * How long, from when, with which seed and with how many simulated households a run goes.
 *
 * @param seed       the one random seed of the run (every random draw derives from it)
 * @param months     the horizon in months (one tick is one month)
 * @param start      the calendar month of tick 0, as {@code YYYY-MM}
 * @param households the number of simulated households N; each stands for {@code usHouseholds / N} real ones
 */
public record RunSettings(long seed, int months, String start, int households) implements Serializable {
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    /** Validates every field. */
    public RunSettings {
        if (seed < 0) {
            throw new ParameterException("seed", seed, "must be an integer >= 0");
        }
        Require.inRange("months", months, 1, 1200);
        if (start == null || !YEAR_MONTH.matcher(start).matches()) {
            throw new ParameterException("start", start, "must be a month written YYYY-MM, e.g. 2026-01");
        }
        Require.inRange("households", households, 30, 200_000_000);
    }

    /** @return {@link #start} as a calendar month */
    public YearMonth startMonth() {
        return YearMonth.parse(start);
    }
}
