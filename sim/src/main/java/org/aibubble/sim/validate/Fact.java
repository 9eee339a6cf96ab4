package org.aibubble.sim.validate;

import java.util.regex.Pattern;

import org.aibubble.agents.config.ParameterException;

/**
 * One stylized fact of the facts file.
 *
 * @param id          short name, lower case with dashes (unique in the file)
 * @param description what the fact says, in words
 * @param statistic   what is computed on each run (or on the runs pooled)
 * @param runs        over which runs: all, the busts, or the calm (non-bust) runs
 * @param aggregate   how runs become one model value (median, mean, min, max of per-run values, or pooled)
 * @param band        the model values that hold the fact, e.g. {@code "<= 0.10"} (see {@link Band})
 * @param bandSource  where the band comes from (e.g. issue 12's list of what the baseline must show)
 * @param real        the real-world figure and its source
 */
public record Fact(String id, String description, Statistic statistic, RunSet runs, Aggregate aggregate,
                   String band, String bandSource, RealValue real) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Validates the fields. */
    public Fact {
        if (!ID.matcher(id).matches()) {
            throw new ParameterException("id", "\"" + id + "\"", "must be lower-case letters and digits joined by dashes");
        }
        if (description.isBlank()) {
            throw new ParameterException("description", "\"\"", "must say what the fact is");
        }
        try {
            Band.parse(band);
        } catch (IllegalArgumentException e) {
            throw new ParameterException("band", "\"" + band + "\"", e.getMessage());
        }
        if (bandSource.isBlank()) {
            throw new ParameterException("bandSource", "\"\"", "must say where the band comes from");
        }
    }

    /** @return the parsed band */
    public Band bounds() {
        return Band.parse(band);
    }
}
