package org.aibubble.sim.sweep.exec;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.aibubble.sim.sweep.SweepException;

/**
 * One of {@code count} interleaved slices of a sweep: shard {@code K/N} runs the runs whose
 * {@code run_id % N == K - 1}, so every shard gets a fair mix of points and the slices never overlap.
 *
 * @param index K, from 1
 * @param count N, at least 1
 */
public record Shard(int index, int count) {
    /** The whole sweep in one shard. */
    public static final Shard ALL = new Shard(1, 1);

    private static final Pattern FORM = Pattern.compile("([0-9]{1,6})/([0-9]{1,6})");

    /** Checks {@code 1 <= index <= count}. */
    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " is not K/N with 1 <= K <= N");
        }
    }

    /**
     * @param text {@code K/N}
     * @return the shard
     * @throws SweepException naming {@code --shard} if the text is not {@code K/N} with {@code 1 <= K <= N}
     */
    public static Shard parse(String text) throws SweepException {
        Matcher m = FORM.matcher(text.trim());
        if (m.matches()) {
            int k = Integer.parseInt(m.group(1));
            int n = Integer.parseInt(m.group(2));
            if (n >= 1 && k >= 1 && k <= n) {
                return new Shard(k, n);
            }
        }
        throw SweepException.of("--shard", text, "must be K/N with 1 <= K <= N, e.g. 1/4");
    }

    /** @return whether run {@code runId} belongs to this shard */
    public boolean contains(long runId) {
        return runId % count == index - 1;
    }

    /** @return how many of runs {@code 0 .. runs-1} belong to this shard */
    public long size(long runs) {
        return runs / count + (runs % count > index - 1 ? 1 : 0);
    }

    /** @return whether this is the whole sweep */
    public boolean whole() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
